using Marsad.Analysis;
using Marsad.Text;

namespace Marsad.Tests.Text;

public sealed class MatchKeysTests
{
    [Fact]
    public void One_key_is_one_string_with_one_number_across_analyzers()
    {
        var first = new MatchKeyAnalyzer().Analyze("الكاظمي").Single();
        var second = new MatchKeyAnalyzer().Analyze("والكاظمي").Single();

        Assert.Same(first.Key, second.Key);
        Assert.Equal(first.KeyId, second.KeyId);
        Assert.InRange(first.KeyId, 0, MatchKeys.Capacity - 1);
    }

    [Fact]
    public void Different_keys_have_different_numbers()
    {
        var tokens = new MatchKeyAnalyzer().Analyze("الكاظمي بايدن واشنطن بغداد");

        Assert.Equal(tokens.Count, tokens.Select(t => t.KeyId).Distinct().Count());
    }

    [Fact]
    public void An_idf_kept_by_number_is_the_idf_looked_up_by_letters()
    {
        var frequencies = new DocumentFrequencies(100, new Dictionary<string, int> { ["كاظم"] = 7 });
        var tokens = new MatchKeyAnalyzer().Analyze("الكاظمي بايدن");

        foreach (var token in tokens.Concat(tokens))
        {
            Assert.Equal(frequencies.Idf(token.Key), frequencies.Idf(token.Key, token.KeyId));
        }
    }
}
