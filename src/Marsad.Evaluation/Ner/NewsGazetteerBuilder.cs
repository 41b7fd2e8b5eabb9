using System.Globalization;
using Marsad.Entities;
using Marsad.Text;

namespace Marsad.Evaluation.Ner;

/// <summary>
/// Learns from unlabelled news what a first model finds there. A name becomes a news-gazetteer entry when it was
/// found at least <see cref="NerTrainingOptions.NewsMinCount"/> times with one type in at least
/// <see cref="NerTrainingOptions.NewsMinShare"/> of its finds; and each word seen at least
/// <see cref="NerTrainingOptions.NewsMinCount"/> times gets its <see cref="NewsWordKinds"/> code. One occurrence
/// may be misread; a majority over dozens of articles rarely is, and news names many people and places ANERcorp
/// never saw.
/// </summary>
public sealed class NewsGazetteerBuilder(NerTrainingOptions options)
{
    public (EntityGazetteer Names, NewsWordKinds Words) Build(EntityTagger tagger, IReadOnlyList<string> texts, TextWriter log)
    {
        var found = new List<EntityMention>[texts.Count];
        Parallel.For(0, texts.Count, new ParallelOptions { MaxDegreeOfParallelism = options.Threads },
            i => found[i] = tagger.Find(texts[i]));
        var words = WordKinds(texts, found);

        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var mention in found.SelectMany(m => m))
        {
            var key = string.Join(' ',
                NerTokenizer.Tokenize(mention.Text).Select(t => ArabicFolder.Fold(mention.Text.AsSpan(t.Start, t.Length))));
            if (!counts.TryGetValue(key, out var byType))
            {
                byType = new int[EntityTypeCodes.Count];
                counts.Add(key, byType);
            }
            byType[(int)mention.Type]++;
        }

        var entries = new List<GazetteerEntry>();
        var perType = new int[EntityTypeCodes.Count];
        foreach (var (key, byType) in counts.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var best = Array.IndexOf(byType, byType.Max());
            if (byType[best] >= options.NewsMinCount && byType[best] >= options.NewsMinShare * byType.Sum())
            {
                entries.Add(new GazetteerEntry(key.Split(' '), (EntityType)best));
                perType[best]++;
            }
        }
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  news gazetteer: {found.Sum(f => f.Count):N0} finds in {texts.Count:N0} texts → {entries.Count:N0} names " +
            $"(PER {perType[0]}, LOC {perType[1]}, ORG {perType[2]}, MISC {perType[3]}), {words.Count:N0} words seen in names"));
        return (new EntityGazetteer(entries), words);
    }

    /// <summary>Counts, for each stripped word, how often it fell outside names and inside each type.</summary>
    private NewsWordKinds WordKinds(IReadOnlyList<string> texts, List<EntityMention>[] found)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        Span<char> stripped = stackalloc char[128];
        for (var t = 0; t < texts.Count; t++)
        {
            var text = texts[t];
            var mentions = found[t];
            var m = 0;
            foreach (var token in NerTokenizer.Tokenize(text))
            {
                while (m < mentions.Count && mentions[m].End <= token.Start)
                {
                    m++;
                }
                var kind = m < mentions.Count && mentions[m].Start < token.End ? 1 + (int)mentions[m].Type : 0;
                var folded = ArabicFolder.Fold(text.AsSpan(token.Start, Math.Min(token.Length, 120)));
                var word = new string(stripped[..Proclitics.Strip(folded, stripped)]);
                if (!counts.TryGetValue(word, out var byKind))
                {
                    byKind = new int[1 + EntityTypeCodes.Count];
                    counts.Add(word, byKind);
                }
                byKind[kind]++;
            }
        }
        var kinds = new List<KeyValuePair<string, byte>>();
        foreach (var (word, byKind) in counts)
        {
            var code = byKind.Sum() >= options.NewsMinCount ? NewsWordKinds.Code(byKind) : (byte)0;
            if (code != 0)
            {
                kinds.Add(new(word, code));
            }
        }
        return new NewsWordKinds(kinds);
    }
}
