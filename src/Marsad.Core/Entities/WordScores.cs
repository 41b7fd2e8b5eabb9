namespace Marsad.Entities;

/// <summary>
/// For each word of a <see cref="WordFactsCache"/> (by its index there), the summed weights of the features it
/// gives a token from each place in the window (<c>-Reach..Reach</c>), as <see cref="TwoPassWeights"/> rows; and
/// the same for the markers past either end of a sentence. Most of a token's features depend on one word alone, and
/// news repeats its words: five additions of kept sums replace some eighty table lookups per token. For one thread; valid
/// for one set of weights and one generation of the cache.
/// </summary>
/// <param name="words">How many words to make room for at once: as many as the cache holds, so that the table is
/// one large allocation rather than a doubling series of them (each one counts towards the next full collection).</param>
internal sealed class WordScores(int words = WordFactsCache.DefaultCapacity)
{
    /// <summary>Floats per word: a row for each place in the window.</summary>
    public const int Length = Places * Size;

    private const int Places = (2 * NerFeatureExtractor.Reach) + 1;
    private const int Size = TwoPassWeights.RowSize;

    private float[] rows = new float[words * Length];
    private int[] filledIn = new int[words];
    private readonly float[] padding = new float[Length];
    private TwoPassWeights? weights;
    private int generation = -1;

    /// <summary>A word's sums are current when its <see cref="filledIn"/> equals this.</summary>
    private int stamp;

    /// <summary>
    /// Forgets every sum unless they were made with these <paramref name="weights"/> for this
    /// <paramref name="generation"/> of the cache; true when the weights are new (the markers' sums are to be made).
    /// </summary>
    public bool Start(TwoPassWeights weights, int generation)
    {
        var newWeights = !ReferenceEquals(weights, this.weights);
        if (newWeights || generation != this.generation)
        {
            stamp++;
            this.weights = weights;
            this.generation = generation;
        }
        return newWeights;
    }

    /// <summary>True the first time <paramref name="word"/> is asked for since <see cref="Start"/> forgot: its sums are then to be made.</summary>
    public bool IsNew(int word)
    {
        if (word >= filledIn.Length)
        {
            var length = Math.Max(word + 1, filledIn.Length * 2);
            Array.Resize(ref filledIn, length);
            Array.Resize(ref rows, length * Length);
        }
        if (filledIn[word] == stamp)
        {
            return false;
        }
        filledIn[word] = stamp;
        return true;
    }

    /// <summary>The sum for <paramref name="word"/> standing <paramref name="d"/> places from the token.</summary>
    public ReadOnlySpan<float> Of(int word, int d) => rows.AsSpan(((word * Places) + d + NerFeatureExtractor.Reach) * Size, Size);

    /// <summary>The sum for the marker standing <paramref name="d"/> places from the token, past the sentence's end.</summary>
    public ReadOnlySpan<float> Padding(int d) => padding.AsSpan((d + NerFeatureExtractor.Reach) * Size, Size);

    /// <summary>The sums for <paramref name="word"/> at every place, from two before the token to two after (<see cref="Length"/> floats), to fill.</summary>
    public Span<float> Of(int word) => rows.AsSpan(word * Length, Length);

    /// <summary>The markers' sums at every place, to fill.</summary>
    public Span<float> Padding() => padding;
}
