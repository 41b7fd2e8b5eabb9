using Marsad.Text;

namespace Marsad.Analysis;

/// <summary>
/// Builds an article's <see cref="TermVector"/> from its display text: match keys weighted by where they stand
/// (the title says most about the happening, the lead next, the tail of a long article least), damped by
/// square root so that repetition counts less than breadth, times inverse document frequency.
/// </summary>
public sealed class TermVectorBuilder(MatchKeyAnalyzer analyzer, DocumentFrequencies frequencies, TermWeighting weighting)
{
    public const int MaxTerms = 64;

    public static TermVectorBuilder Default { get; } = new(MatchKeyAnalyzer.Default, DocumentFrequencies.Default, TermWeighting.Default);

    public TermVector Build(string title, string text)
    {
        var counts = new Dictionary<string, float>(StringComparer.Ordinal);
        var position = 0;
        Add(counts, title, () => weighting.Title);
        Add(counts, text, () => weighting.AtWord(position++));
        var idfPower = weighting.IdfPower;
        return TermVector.From(
            counts.Select(c => KeyValuePair.Create(c.Key, MathF.Sqrt(c.Value) * MathF.Pow(frequencies.Idf(c.Key), idfPower))),
            MaxTerms);
    }

    /// <summary>The keys that describe content: no stopwords, no one-letter keys, no day numbers or years.</summary>
    public static bool IsContentKey(MatchToken token) =>
        !token.IsStopword && token.Key.Length >= 2 && !IsDayOrYear(token.Key);

    private void Add(Dictionary<string, float> counts, string text, Func<float> nextWeight)
    {
        foreach (var token in analyzer.Analyze(text))
        {
            var weight = nextWeight();
            if (IsContentKey(token))
            {
                counts[token.Key] = counts.GetValueOrDefault(token.Key) + weight;
            }
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
