using Marsad.Analysis;
using Marsad.Text;

namespace Marsad.Tests.Analysis;

public sealed class KeyCountsTests
{
    private static readonly MatchKeyAnalyzer Analyzer = new();

    [Fact]
    public void Sums_each_key_once_in_the_order_first_met_whether_it_has_a_number_or_not()
    {
        var tokens = Analyzer.Analyze("الحكومة العراقية والحكومة الأمريكية تبحثان الانسحاب مع الحكومة");
        // The same words with their numbers taken away: the table by letters must give the same sums.
        var unnumbered = tokens.Select(t => t with { KeyId = MatchKeys.NoId }).ToList();

        var byNumber = Sums(tokens);
        var byLetters = Sums(unnumbered);

        Assert.All(tokens, t => Assert.NotEqual(MatchKeys.NoId, t.KeyId));
        Assert.Equal(byLetters, byNumber);
        Assert.Equal(3f, byNumber.Single(e => e.Key == Analyzer.Key("الحكومة")).Sum);
        Assert.Equal(tokens.Select(t => t.Key).Distinct(), byNumber.Select(e => e.Key));
    }

    [Fact]
    public void A_text_counted_after_another_starts_from_nothing()
    {
        Sums(Analyzer.Analyze("الانسحاب الانسحاب الانسحاب"));

        var second = Sums(Analyzer.Analyze("الانسحاب"));

        Assert.Equal(1f, Assert.Single(second).Sum);
    }

    [Fact]
    public void A_number_past_the_table_grows_it()
    {
        var far = new MatchToken(new TextSpan(0, 4), "بعيد", false, 0) { KeyId = MatchKeys.Capacity - 1 };

        var sums = Sums([far, far, .. Analyzer.Analyze("الانسحاب")]);

        Assert.Equal([("بعيد", 2f), (Analyzer.Key("الانسحاب"), 1f)], sums);
        Assert.Equal(new DocumentFrequencies(10, new Dictionary<string, int>()).Idf("بعيد"),
            new DocumentFrequencies(10, new Dictionary<string, int>()).Idf("بعيد", far.KeyId));
    }

    private static List<(string Key, float Sum)> Sums(List<MatchToken> tokens)
    {
        using var counts = KeyCounts.Rent();
        foreach (var token in tokens)
        {
            counts.Add(token, 1);
        }
        return counts.Entries().Select(e => (e.Key, e.Sum)).ToList();
    }
}
