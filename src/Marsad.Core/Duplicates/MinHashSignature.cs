namespace Marsad.Duplicates;

/// <summary>
/// A MinHash signature: for each of <see cref="MinHasher.Permutations"/> hash functions, the smallest value
/// over the text's shingles. The share of equal positions estimates the Jaccard similarity of two texts.
/// </summary>
public sealed record MinHashSignature(uint[] Values, int ShingleCount)
{
    public double EstimateJaccard(MinHashSignature other)
    {
        var equal = 0;
        for (var i = 0; i < Values.Length; i++)
        {
            if (Values[i] == other.Values[i])
            {
                equal++;
            }
        }
        return (double)equal / Values.Length;
    }

    /// <summary>
    /// How much of the shorter text the longer one holds, derived from Jaccard and the two sizes: a reprint
    /// cut short by the republishing outlet is nearly contained in the original even when Jaccard is modest.
    /// </summary>
    public double EstimateContainment(MinHashSignature other)
    {
        var jaccard = EstimateJaccard(other);
        var smaller = Math.Min(ShingleCount, other.ShingleCount);
        if (smaller == 0)
        {
            return 0;
        }
        var intersection = jaccard * (ShingleCount + other.ShingleCount) / (1 + jaccard);
        return Math.Min(1, intersection / smaller);
    }
}
