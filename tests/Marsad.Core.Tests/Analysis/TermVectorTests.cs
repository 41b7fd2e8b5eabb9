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

    /// <summary>
    /// The dot product spelled out: over the shorter vector's terms in its order (the first's when they are as long),
    /// so that a float sum, which depends on its order, gives the clusters it always gave.
    /// </summary>
    private static float AsSummedBefore(TermVector a, TermVector b)
    {
        var (outer, inner) = a.Count > b.Count ? (b, a) : (a, b);
        var sum = 0f;
        for (var i = 0; i < outer.Count; i++)
        {
            var j = inner.Terms.ToList().IndexOf(outer.Terms[i]);
            if (j >= 0)
            {
                sum += outer.Weights[i] * inner.Weights[j];
            }
        }
        return sum;
    }

    [Theory]
    [InlineData(1, 20, 64)]
    [InlineData(2, 64, 20)]
    [InlineData(3, 40, 40)]
    public void Dot_sums_in_the_same_order_as_before_however_often_it_is_asked(int seed, int sizeA, int sizeB)
    {
        var random = new Random(seed);
        // Terms drawn from a small vocabulary, so that the two share many.
        TermVector Vector(int size) => TermVector.From(Enumerable.Range(0, 80).OrderBy(_ => random.Next()).Take(size)
            .Select(t => KeyValuePair.Create($"t{t}", (float)random.NextDouble())), 64);
        var a = Vector(sizeA);
        var b = Vector(sizeB);

        for (var round = 0; round < 2; round++)
        {
            Assert.Equal(AsSummedBefore(a, b), a.Dot(b));
            Assert.Equal(AsSummedBefore(b, a), b.Dot(a));
        }
    }
}
