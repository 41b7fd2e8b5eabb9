namespace Marsad.Analysis;

/// <summary>
/// A sparse, L2-normalized vector of weighted match keys: what an article is about, for clustering.
/// Immutable; terms are kept in descending weight order, so truncating keeps the strongest.
/// </summary>
public sealed class TermVector
{
    public static readonly TermVector Empty = new([], []);

    // The arrays themselves, for the loops of the dot product: read through the interfaces, each term costs a call.
    private readonly string[] terms;
    private readonly float[] weights;

    private TermVector(string[] terms, float[] weights)
    {
        this.terms = terms;
        this.weights = weights;
    }

    public IReadOnlyList<string> Terms => terms;

    public IReadOnlyList<float> Weights => weights;

    public int Count => terms.Length;

    /// <summary>
    /// Each thread's list of candidate terms, reused: sorting them through LINQ made arrays of keys, indexes and
    /// results for every vector, a tenth of an ingest's garbage.
    /// </summary>
    [ThreadStatic]
    private static List<KeyValuePair<string, float>>? candidatesScratch;

    /// <summary>
    /// The <paramref name="maxTerms"/> heaviest terms of <paramref name="weights"/> (the lighter of equal weights
    /// being the later key in ordinal order), normalized to unit length.
    /// </summary>
    public static TermVector From(IEnumerable<KeyValuePair<string, float>> weights, int maxTerms)
    {
        var candidates = candidatesScratch ??= [];
        candidates.Clear();
        foreach (var weight in weights)
        {
            if (weight.Value > 0)
            {
                candidates.Add(weight);
            }
        }
        candidates.Sort(HeaviestFirst);
        var count = Math.Min(maxTerms, candidates.Count);
        // Summed in double, as LINQ's Sum over floats does: the stored vectors stay the same to the bit.
        var squares = 0d;
        for (var i = 0; i < count; i++)
        {
            squares += candidates[i].Value * candidates[i].Value;
        }
        var norm = MathF.Sqrt((float)squares);
        if (norm == 0)
        {
            return Empty;
        }
        var terms = new string[count];
        var normalized = new float[count];
        for (var i = 0; i < count; i++)
        {
            terms[i] = candidates[i].Key;
            normalized[i] = candidates[i].Value / norm;
        }
        return new TermVector(terms, normalized);
    }

    /// <summary>Heavier terms first; of equal weights, the key first in ordinal order.</summary>
    internal static int HeaviestFirst(KeyValuePair<string, float> a, KeyValuePair<string, float> b)
    {
        var byWeight = b.Value.CompareTo(a.Value);
        return byWeight != 0 ? byWeight : string.CompareOrdinal(a.Key, b.Key);
    }

    /// <summary>Rebuilds a stored vector as it was (already normalized and ordered).</summary>
    public static TermVector FromStored(string[] terms, float[] weights) => new(terms, weights);

    public IEnumerable<KeyValuePair<string, float>> Entries()
    {
        for (var i = 0; i < terms.Length; i++)
        {
            yield return new KeyValuePair<string, float>(terms[i], weights[i]);
        }
    }

    /// <summary>
    /// Sums over the shorter vector's terms, in its order, looking each up in the longer one's terms (kept as a dictionary).
    /// </summary>
    public float Dot(TermVector other) => Count > other.Count ? other.Dot(Lookup) : Dot(other.Lookup);

    /// <summary>The dot product with an unnormalized sparse vector held in a dictionary, summed in this vector's order.</summary>
    public float Dot(Dictionary<string, float> other)
    {
        var sum = 0f;
        for (var i = 0; i < terms.Length; i++)
        {
            if (other.TryGetValue(terms[i], out var w))
            {
                sum += weights[i] * w;
            }
        }
        return sum;
    }

    /// <summary>
    /// The terms and their weights as a dictionary, made on first use and kept: an event's member vectors are each
    /// compared with every article placed near the event, and a dictionary made per comparison was most of the cost.
    /// Two threads may both make it; either copy serves, as the vector never changes.
    /// </summary>
    private Dictionary<string, float> Lookup => lookup ??= ToLookup();

    private Dictionary<string, float>? lookup;

    private Dictionary<string, float> ToLookup()
    {
        var made = new Dictionary<string, float>(Count, StringComparer.Ordinal);
        for (var i = 0; i < terms.Length; i++)
        {
            made[terms[i]] = weights[i];
        }
        return made;
    }
}
