using Marsad.Entities;
using Marsad.Text;

namespace Marsad.Analysis;

/// <summary>
/// Builds an article's <see cref="TermVector"/> from its display text: match keys weighted by where they stand
/// (the title says most about the happening, the lead next, the tail of a long article least), damped by
/// square root so that repetition counts less than breadth, times inverse document frequency. Named entities add
/// their keys as terms of their own, so that articles naming one actor differently (ترمب/ترامب, داعش/تنظيم الدولة)
/// still meet.
/// </summary>
public sealed class TermVectorBuilder(MatchKeyAnalyzer analyzer, DocumentFrequencies frequencies, TermWeighting weighting)
{
    public const int MaxTerms = 64;

    /// <summary>
    /// Each thread's weighted terms, before the heaviest are kept, cleared for every article: a fresh list per
    /// article was a fortieth of an ingest's garbage.
    /// </summary>
    [ThreadStatic]
    private static List<KeyValuePair<string, float>>? weightedScratch;

    public static TermVectorBuilder Default { get; } = new(MatchKeyAnalyzer.Default, DocumentFrequencies.Default, TermWeighting.Default);

    public TermVector Build(string title, string text) => Build(analyzer.Analyze(title), analyzer.Analyze(text));

    /// <summary>The vector of an article whose title and text were already analyzed.</summary>
    public TermVector Build(IReadOnlyList<MatchToken> title, IReadOnlyList<MatchToken> text) => Build(title, text, []);

    /// <summary>The vector of an article whose title and text were already analyzed and whose entities were found.</summary>
    public TermVector Build(IReadOnlyList<MatchToken> title, IReadOnlyList<MatchToken> text, IReadOnlyList<ArticleEntity> entities)
    {
        using var counts = KeyCounts.Rent();
        foreach (var token in title)
        {
            Add(counts, token, weighting.Title);
        }
        for (var position = 0; position < text.Count; position++)
        {
            Add(counts, text[position], weighting.AtWord(position));
        }
        var weighted = weightedScratch ??= [];
        weighted.Clear();
        foreach (var (key, id, count) in counts.Entries())
        {
            weighted.Add(KeyValuePair.Create(key, MathF.Sqrt(count) * MathF.Pow(frequencies.Idf(key, id), weighting.IdfPower)));
        }
        AddEntities(weighted, entities);
        return TermVector.From(weighted, MaxTerms);
    }

    /// <summary>
    /// The keys of people and organizations (the actors) weigh as much as their rarest word would (a name is as telling as its least common part), per
    /// mention like words, so that a name said once in passing counts less than the article's subject.
    /// </summary>
    private void AddEntities(List<KeyValuePair<string, float>> weighted, IReadOnlyList<ArticleEntity> entities)
    {
        if (weighting.Entity == 0 || entities.Count == 0)
        {
            return;
        }
        var mentions = new Dictionary<string, (float Count, float Idf)>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            // Actors only: places are named in passing by most articles, and their words already count.
            if (entity.Type is not (EntityType.Person or EntityType.Organization))
            {
                continue;
            }
            var idf = mentions.TryGetValue(entity.Key, out var seen) ? seen.Idf : RarestWordIdf(entity.Text);
            mentions[entity.Key] = (seen.Count + weighting.Entity, idf);
        }
        foreach (var (key, (count, idf)) in mentions)
        {
            weighted.Add(KeyValuePair.Create(key, MathF.Sqrt(count) * MathF.Pow(idf, weighting.IdfPower)));
        }
    }

    private float RarestWordIdf(string name)
    {
        var idf = 0f;
        foreach (var token in analyzer.Analyze(name))
        {
            if (IsContentKey(token))
            {
                idf = MathF.Max(idf, frequencies.Idf(token.Key, token.KeyId));
            }
        }
        return idf;
    }

    /// <summary>The keys that describe content: no stopwords, no one-letter keys, no day numbers or years.</summary>
    public static bool IsContentKey(MatchToken token) =>
        !token.IsStopword && token.Key.Length >= 2 && !IsDayOrYear(token.Key);

    private static void Add(KeyCounts counts, MatchToken token, float weight)
    {
        if (IsContentKey(token))
        {
            counts.Add(token, weight);
        }
    }

    private static bool IsDayOrYear(string key)
    {
        if (!char.IsAsciiDigit(key[0]) || !key.All(char.IsAsciiDigit))
        {
            return false;
        }
        return key.Length <= 2 || (key.Length == 4 && key[0] is '1' or '2' && key[1] is '9' or '0' or '4');
    }
}
