using System.Collections.Concurrent;
using Marsad.Entities;
using Marsad.Extraction;
using Marsad.Input;
using Marsad.Text;

namespace Marsad.Evaluation.Training;

/// <summary>
/// Learns the quotation extractor's name shares (<c>NameShares</c>) from a news corpus: each article extracted as
/// ingest would and read by the entity tagger; for each folded word the news writes often, how often the tagger puts
/// it in a person's name. Articles that share most of their wording with the quotation gold set are skipped, so that
/// its held-out parts are judged by a list that never read them.
/// </summary>
public static class NameShareTrainer
{
    /// <summary>Seen fewer times, a word is not judged: an unknown name is never taken for a common word.</summary>
    public const int MinCount = 8;

    /// <summary>A spelling seen fewer times does not count on its own (a stray name among many uses of a word).</summary>
    public const int MinSpellingCount = 5;

    /// <summary>Words whose name share is below this are written, with their share; the rest are left to the tagger.</summary>
    public const int MaxPercent = 30;

    private const int ShingleWords = 8;
    private const double GoldOverlap = 0.3;

    /// <summary>A word and how often, in percent rounded up, the news has it in a person's name.</summary>
    public sealed record NameShare(string Word, int Percent);

    public sealed record Result(IReadOnlyList<NameShare> Words, int Articles, int SkippedAsGold);

    public static Result Train(IEnumerable<string> inputPaths, IEnumerable<string> goldTexts, Action<int>? progress = null)
    {
        var gold = goldTexts.SelectMany(Shingles).ToHashSet();
        var counts = new ConcurrentDictionary<(string Folded, string Spelling), (int Seen, int InPerson)>();
        int articles = 0, skipped = 0;
        var texts = new InputWalker(inputPaths).Items()
            .OfType<ArticleInput>()
            .Select(item => ArticleExtractor.Extract(item.Article, out _))
            .OfType<Articles.ExtractedArticle>()
            .Select(article => article.Text);
        Parallel.ForEach(texts, text =>
        {
            var shingles = Shingles(text).ToList();
            if (shingles.Count > 0 && shingles.Count(gold.Contains) >= GoldOverlap * shingles.Count)
            {
                Interlocked.Increment(ref skipped);
                return;
            }
            foreach (var (key, inPerson) in ReadWords(text))
            {
                counts.AddOrUpdate(key, (1, inPerson ? 1 : 0), (_, c) => (c.Seen + 1, c.InPerson + (inPerson ? 1 : 0)));
            }
            var done = Interlocked.Increment(ref articles);
            if (done % 1000 == 0)
            {
                progress?.Invoke(done);
            }
        });
        return new Result(Select(counts), articles, skipped);
    }

    /// <summary>
    /// A word's name share is the larger of its share over all spellings and that of any spelling seen often enough:
    /// folding merges the name علي with the preposition على, and the spelling علي names someone too often for the word to
    /// count as a common one.
    /// </summary>
    private static List<NameShare> Select(IReadOnlyDictionary<(string Folded, string Spelling), (int Seen, int InPerson)> counts)
    {
        var words = new List<NameShare>();
        foreach (var spellings in counts.GroupBy(c => c.Key.Folded))
        {
            var seen = spellings.Sum(s => s.Value.Seen);
            var share = (double)spellings.Sum(s => s.Value.InPerson) / seen;
            foreach (var spelling in spellings.Where(s => s.Value.Seen >= MinSpellingCount))
            {
                share = Math.Max(share, (double)spelling.Value.InPerson / spelling.Value.Seen);
            }
            var percent = (int)Math.Ceiling(share * 100);
            if (seen >= MinCount && percent < MaxPercent)
            {
                words.Add(new NameShare(spellings.Key, percent));
            }
        }
        words.Sort((a, b) => string.CompareOrdinal(a.Word, b.Word));
        return words;
    }

    /// <summary>Each word of the text, folded and as spelled (without diacritics), and whether the tagger has it in a person's name.</summary>
    private static IEnumerable<((string, string), bool)> ReadWords(string text)
    {
        var persons = EntityTagger.Default.Find(text).Where(e => e.Type == EntityType.Person).ToList();
        var next = 0;
        foreach (var word in WordTokenizer.Tokenize(text))
        {
            while (next < persons.Count && persons[next].End <= word.Start)
            {
                next++;
            }
            var inPerson = next < persons.Count && persons[next].Start <= word.Start && word.End <= persons[next].End;
            var written = text.AsSpan(word.Start, word.End - word.Start);
            var spelling = string.Concat(written.ToString().Where(c => !ArabicLetters.IsDiacritic(c) && c != ArabicLetters.Tatweel));
            yield return ((ArabicFolder.Fold(written), spelling), inPerson);
        }
    }

    private static IEnumerable<long> Shingles(string text)
    {
        var words = WordTokenizer.Tokenize(text).Select(w => ArabicFolder.Fold(text.AsSpan(w.Start, w.End - w.Start))).ToList();
        for (var i = 0; i + ShingleWords <= words.Count; i++)
        {
            var hash = 0UL;
            for (var k = i; k < i + ShingleWords; k++)
            {
                hash = StableHash.Combine(hash, StableHash.Of(words[k]));
            }
            yield return unchecked((long)hash);
        }
    }
}
