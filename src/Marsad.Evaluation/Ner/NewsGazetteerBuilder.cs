using System.Globalization;
using Marsad.Entities;
using Marsad.Text;

namespace Marsad.Evaluation.Ner;

/// <summary>
/// Builds the news gazetteer: a first model tags unlabelled news, and a name becomes an entry when it was found
/// at least <see cref="NerTrainingOptions.NewsMinCount"/> times with one type in at least
/// <see cref="NerTrainingOptions.NewsMinShare"/> of its finds. One occurrence may be misread; a name's
/// majority over dozens of articles rarely is, and news names many people and places ANERcorp never saw.
/// </summary>
public sealed class NewsGazetteerBuilder(NerTrainingOptions options)
{
    public EntityGazetteer Build(EntityTagger tagger, IReadOnlyList<string> texts, TextWriter log)
    {
        var found = new List<EntityMention>[texts.Count];
        Parallel.For(0, texts.Count, new ParallelOptions { MaxDegreeOfParallelism = options.Threads },
            i => found[i] = tagger.Find(texts[i]));

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
            $"(PER {perType[0]}, LOC {perType[1]}, ORG {perType[2]}, MISC {perType[3]})"));
        return new EntityGazetteer(entries);
    }
}
