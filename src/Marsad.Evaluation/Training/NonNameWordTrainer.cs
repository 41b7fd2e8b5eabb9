using System.Collections.Concurrent;
using Marsad.Entities;
using Marsad.Extraction;
using Marsad.Input;
using Marsad.Text;

namespace Marsad.Evaluation.Training;

/// <summary>
/// Learns the quotation extractor's non-name words (<c>NonNameWords</c>) from a news corpus: each article extracted as
/// ingest would and read by the entity tagger; a folded word is kept when the news writes it often and the tagger
/// almost never puts it in a person's name, as every spelling of it (folding merges the name علي with على, so a
/// spelling that often names someone keeps the word out). Articles that share most of their wording with the
/// quotation gold set are skipped, so that its held-out part is judged by a list that never read it.
/// </summary>
public static class NonNameWordTrainer
{
    /// <summary>Seen fewer times, a word is not judged: an unknown name is never taken for a common word.</summary>
    public const int MinCount = 8;

    /// <summary>The most a kept word may be inside the tagger's persons, over all its spellings together.</summary>
    public const double MaxPersonShare = 0.02;

    /// <summary>A spelling seen this often that is a person's word more than <see cref="MaxSpellingPersonShare"/> keeps its word out.</summary>
    public const int MinSpellingCount = 5;

    public const double MaxSpellingPersonShare = 0.05;

    private const int ShingleWords = 8;
    private const double GoldOverlap = 0.3;

    public sealed record Result(IReadOnlyList<string> Words, int Articles, int SkippedAsGold);

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

    private static List<string> Select(IReadOnlyDictionary<(string Folded, string Spelling), (int Seen, int InPerson)> counts)
    {
        var words = new List<string>();
        foreach (var spellings in counts.GroupBy(c => c.Key.Folded))
        {
            var seen = spellings.Sum(s => s.Value.Seen);
            var inPerson = spellings.Sum(s => s.Value.InPerson);
            var namesSomeone = spellings.Any(s => s.Value.Seen >= MinSpellingCount
                && s.Value.InPerson > MaxSpellingPersonShare * s.Value.Seen);
            if (seen >= MinCount && inPerson <= MaxPersonShare * seen && !namesSomeone)
            {
                words.Add(spellings.Key);
            }
        }
        words.Sort(StringComparer.Ordinal);
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
            var spelling = string.Concat(written.ToString().Where(c => !ArabicLetters.IsDiacritic(c) && c != '\u0640'));
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
