using Marsad.Analysis;
using Marsad.Text;

namespace Marsad.Summaries;

/// <summary>Term vectors of sentences and titles for the summarizer: content keys weighted by rarity, unit length.</summary>
internal static class SentenceVectors
{
    public static TermVector Of(string text) => Of(text, 0, text.Length);

    public static TermVector Of(string text, int start, int end)
    {
        using var counts = KeyCounts.Rent();
        foreach (var token in MatchKeyAnalyzer.Default.Analyze(text[start..end]))
        {
            if (TermVectorBuilder.IsContentKey(token))
            {
                counts.Add(token, 1);
            }
        }
        var frequencies = DocumentFrequencies.Default;
        return TermVector.From(counts.Entries().Select(c => KeyValuePair.Create(c.Key, MathF.Sqrt(c.Sum) * frequencies.Idf(c.Key, c.Id))), 48);
    }

    /// <summary>The normalized sum of <paramref name="vectors"/>: what they have in common weighs most.</summary>
    public static SparseSum Centroid(IEnumerable<TermVector> vectors)
    {
        var sum = new SparseSum();
        foreach (var vector in vectors)
        {
            sum.Add(vector);
        }
        return sum;
    }
}
