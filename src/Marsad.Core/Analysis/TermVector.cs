namespace Marsad.Analysis;

/// <summary>
/// A sparse, L2-normalized vector of weighted match keys: what an article is about, for clustering.
/// Immutable; terms are kept in descending weight order, so truncating keeps the strongest.
/// </summary>
public sealed class TermVector
{
    public static readonly TermVector Empty = new([], []);

    private TermVector(string[] terms, float[] weights)
    {
        Terms = terms;
        Weights = weights;
    }

    public IReadOnlyList<string> Terms { get; }

    public IReadOnlyList<float> Weights { get; }

    public int Count => Terms.Count;

    /// <summary>The <paramref name="maxTerms"/> heaviest terms of <paramref name="weights"/>, normalized to unit length.</summary>
    public static TermVector From(IEnumerable<KeyValuePair<string, float>> weights, int maxTerms)
    {
        var top = weights.Where(w => w.Value > 0)
            .OrderByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal)
            .Take(maxTerms).ToArray();
        var norm = MathF.Sqrt(top.Sum(w => w.Value * w.Value));
        return norm == 0
            ? Empty
            : new TermVector(top.Select(w => w.Key).ToArray(), top.Select(w => w.Value / norm).ToArray());
    }

    /// <summary>Rebuilds a stored vector as it was (already normalized and ordered).</summary>
    public static TermVector FromStored(string[] terms, float[] weights) => new(terms, weights);

    public IEnumerable<KeyValuePair<string, float>> Entries()
    {
        for (var i = 0; i < Terms.Count; i++)
        {
            yield return new KeyValuePair<string, float>(Terms[i], Weights[i]);
        }
    }

    public float Dot(TermVector other)
    {
        if (Count > other.Count)
        {
            return other.Dot(this);
        }
        return Dot(other.ToLookup());
    }

    /// <summary>
    /// The dot product with <paramref name="other"/>, given <paramref name="otherLookup"/> (its <see cref="ToLookup"/>)
    /// built once by a caller comparing it with many vectors. Sums in the same order as <see cref="Dot(TermVector)"/>.
    /// </summary>
    public float Dot(TermVector other, IReadOnlyDictionary<string, float> otherLookup) =>
        Count > other.Count ? other.Dot(this) : Dot(otherLookup);

    /// <summary>The terms and their weights as a dictionary, for many dot products with one vector.</summary>
    public Dictionary<string, float> ToLookup()
    {
        var lookup = new Dictionary<string, float>(Count, StringComparer.Ordinal);
        for (var i = 0; i < Count; i++)
        {
            lookup[Terms[i]] = Weights[i];
        }
        return lookup;
    }

    /// <summary>The dot product with an unnormalized sparse vector held in a dictionary.</summary>
    public float Dot(IReadOnlyDictionary<string, float> other)
    {
        var sum = 0f;
        for (var i = 0; i < Terms.Count; i++)
        {
            if (other.TryGetValue(Terms[i], out var w))
            {
                sum += Weights[i] * w;
            }
        }
        return sum;
    }
}
