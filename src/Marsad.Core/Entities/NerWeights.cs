namespace Marsad.Entities;

/// <summary>
/// The weights of a linear-chain tagger: for each known feature (by hash) a row of one weight per tag, and the
/// tag-to-tag transitions. Immutable once built, so one instance serves every thread.
/// </summary>
public sealed class NerWeights
{
    private readonly FeatureTable table;
    private readonly ulong[] keys;
    private readonly float[] weights;
    private readonly float[] transitions;

    /// <param name="keys">Feature hashes; row <c>r</c>'s weights are <c>weights[r * tags .. (r + 1) * tags]</c>.</param>
    public NerWeights(IReadOnlyList<ulong> keys, float[] weights, float[] transitions)
    {
        if (weights.Length != keys.Count * BioTags.Count || transitions.Length != Transitions.Size)
        {
            throw new ArgumentException("Weights do not match the features and tags.", nameof(weights));
        }
        table = new FeatureTable(keys);
        this.keys = [.. keys];
        this.weights = weights;
        this.transitions = transitions;
    }

    public int FeatureCount => keys.Length;

    public ReadOnlySpan<float> TransitionWeights => transitions;

    public IEnumerable<(ulong Key, ReadOnlyMemory<float> Row)> Rows =>
        keys.Select((key, r) => (key, (ReadOnlyMemory<float>)weights.AsMemory(r * BioTags.Count, BioTags.Count)));

    /// <summary>
    /// Sums each token's feature rows into <paramref name="emissions"/> (<c>[token * tags + tag]</c>), from zero
    /// or, with <paramref name="accumulate"/>, onto what is there (a second set of features for the same tokens).
    /// </summary>
    public void Score(SentenceFeatures features, Span<float> emissions, bool accumulate = false)
    {
        const int tags = BioTags.Count;
        if (!accumulate)
        {
            emissions[..(features.TokenCount * tags)].Clear();
        }
        for (var i = 0; i < features.TokenCount; i++)
        {
            var target = emissions.Slice(i * tags, tags);
            foreach (var key in features.Of(i))
            {
                var row = table.RowOf(key);
                if (row >= 0)
                {
                    var source = weights.AsSpan(row * tags, tags);
                    for (var t = 0; t < tags; t++)
                    {
                        target[t] += source[t];
                    }
                }
            }
        }
    }
}
