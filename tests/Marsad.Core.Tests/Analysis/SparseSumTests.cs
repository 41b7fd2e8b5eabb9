using Marsad.Analysis;

namespace Marsad.Tests.Analysis;

public sealed class SparseSumTests
{
    private static TermVector Vector(params (string Term, float Weight)[] terms) =>
        TermVector.From(terms.Select(t => KeyValuePair.Create(t.Term, t.Weight)), terms.Length);

    [Fact]
    public void Top_terms_are_the_heaviest_of_the_sum_heaviest_first()
    {
        var sum = new SparseSum();
        sum.Add(Vector(("كاظم", 3), ("بغداد", 2), ("قوات", 1)));
        sum.Add(Vector(("قوات", 3), ("انسحاب", 1)));

        Assert.Equal(["قوات", "كاظم", "بغداد"], sum.TopTerms(3));
        Assert.Equal(4, sum.TopTerms(10).Length);
    }

    [Fact]
    public void Equal_weights_come_in_ordinal_order_of_their_terms()
    {
        var sum = new SparseSum([KeyValuePair.Create("ج", 1f), KeyValuePair.Create("أ", 1f), KeyValuePair.Create("ب", 1f), KeyValuePair.Create("د", 2f)]);

        Assert.Equal(["د", "أ", "ب", "ج"], sum.TopTerms(4));
    }

    [Fact]
    public void A_term_taken_away_again_is_no_longer_among_the_top()
    {
        var sum = new SparseSum();
        var first = Vector(("كاظم", 3), ("بغداد", 2));
        sum.Add(first);
        sum.Add(Vector(("رياض", 1)));

        sum.Subtract(first);

        Assert.Equal(["رياض"], sum.TopTerms(3));
    }
}
