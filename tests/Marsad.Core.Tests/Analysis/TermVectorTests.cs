using Marsad.Analysis;

namespace Marsad.Tests.Analysis;

public sealed class TermVectorTests
{
    /// <summary>The order and weights spelled out plainly: stored vectors and clusters must not move if the selection is rewritten for speed.</summary>
    private static (string[] Terms, float[] Weights) AsLinqMadeThem(IEnumerable<KeyValuePair<string, float>> weights, int maxTerms)
    {
        var top = weights.Where(w => w.Value > 0)
            .OrderByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal)
            .Take(maxTerms).ToArray();
        var norm = MathF.Sqrt(top.Sum(w => w.Value * w.Value));
        return norm == 0 ? ([], []) : (top.Select(w => w.Key).ToArray(), top.Select(w => w.Value / norm).ToArray());
    }

    [Theory]
    [InlineData(1, 10, 64)]
    [InlineData(2, 300, 64)]
    [InlineData(3, 40, 48)]
    [InlineData(4, 500, 48)]
    public void Keeps_the_heaviest_terms_in_the_same_order_and_weights_as_before(int seed, int size, int maxTerms)
    {
        var random = new Random(seed);
        // Few distinct weights, so that many terms tie and the order by term is exercised; some are zero or negative.
        var weights = Enumerable.Range(0, size)
            .Select(i => KeyValuePair.Create($"t{random.Next(100_000)}_{i}", random.Next(-2, 8) * 0.37f))
            .ToList();

        var vector = TermVector.From(weights, maxTerms);
        var (terms, expected) = AsLinqMadeThem(weights, maxTerms);

        Assert.Equal(terms, vector.Terms);
        Assert.Equal(expected, vector.Weights);
    }

    [Fact]
    public void Nothing_positive_gives_the_empty_vector()
    {
        Assert.Same(TermVector.Empty, TermVector.From([KeyValuePair.Create("a", 0f), KeyValuePair.Create("b", -1f)], 10));
    }
}
