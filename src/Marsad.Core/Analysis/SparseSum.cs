namespace Marsad.Analysis;

/// <summary>
/// A running sum of term vectors: the centroid of an event, the profile of a storyline. Vectors can be added
/// and taken away again (an article re-ingested with new text leaves its old event). Kept to a bounded size by
/// dropping the lightest terms now and then, which only ever loses a little of the similarity; the norm is
/// kept up to date term by term, so adding costs what the added vector holds, not what the sum holds.
/// </summary>
public sealed class SparseSum
{
    private const int MaxTerms = 200;
    private const int PrunedTerms = 150;

    private readonly Dictionary<string, float> weights;
    private double squaredNorm;

    /// <summary>An empty sum, with room for one article's vector (most events hold one): grown step by step, the tables
    /// of new events were 3% of an ingest's garbage.</summary>
    public SparseSum() => weights = new Dictionary<string, float>(TermVectorBuilder.MaxTerms, StringComparer.Ordinal);

    public SparseSum(IEnumerable<KeyValuePair<string, float>> stored)
    {
        weights = new Dictionary<string, float>(stored, StringComparer.Ordinal);
        squaredNorm = weights.Values.Sum(w => (double)w * w);
    }

    public IReadOnlyDictionary<string, float> Weights => weights;

    public float Norm => (float)Math.Sqrt(Math.Max(0, squaredNorm));

    public void Add(TermVector vector, float factor = 1f)
    {
        for (var i = 0; i < vector.Count; i++)
        {
            var term = vector.Terms[i];
            var old = weights.GetValueOrDefault(term);
            var updated = old + factor * vector.Weights[i];
            if (updated > 1e-6f)
            {
                weights[term] = updated;
            }
            else
            {
                weights.Remove(term);
                updated = 0;
            }
            squaredNorm += (double)updated * updated - (double)old * old;
        }
        if (weights.Count > MaxTerms)
        {
            Prune();
        }
    }

    public void Subtract(TermVector vector) => Add(vector, -1f);

    /// <summary>Cosine similarity with a unit vector.</summary>
    public float Cosine(TermVector vector)
    {
        var norm = Norm;
        return norm == 0 ? 0 : vector.Dot(weights) / norm;
    }

    /// <summary>The <paramref name="count"/> heaviest terms, heaviest first (equal weights in ordinal order of the keys).</summary>
    public string[] TopTerms(int count)
    {
        // Sorted in each thread's reused list: LINQ's copies and sort keys, for every cluster reindexed, were 2% of a
        // plain ingest's garbage.
        var sorted = topScratch ??= [];
        sorted.Clear();
        sorted.AddRange(weights);
        sorted.Sort(TermVector.HeaviestFirst);
        var top = new string[Math.Min(count, sorted.Count)];
        for (var i = 0; i < top.Length; i++)
        {
            top[i] = sorted[i].Key;
        }
        return top;
    }

    [ThreadStatic]
    private static List<KeyValuePair<string, float>>? topScratch;

    private void Prune()
    {
        foreach (var light in weights.OrderBy(w => w.Value).Take(weights.Count - PrunedTerms).ToList())
        {
            weights.Remove(light.Key);
            squaredNorm -= (double)light.Value * light.Value;
        }
    }
}
