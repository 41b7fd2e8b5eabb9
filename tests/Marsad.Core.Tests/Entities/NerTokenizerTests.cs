using Marsad.Entities;

namespace Marsad.Tests.Entities;

public sealed class NerTokenizerTests
{
    public static TheoryData<string, string> Examples => ExamplePairs.Pairs("Examples/entities/tokenizer.md");

    [Theory]
    [MemberData(nameof(Examples))]
    public void Splits_text_as_ANERcorp_does(string text, string expected)
    {
        var tokens = NerTokenizer.Tokenize(text);
        Assert.Equal(expected.Split(" · "), tokens.Select(t => text[t.Start..t.End]));
    }

    [Fact]
    public void Offsets_point_into_the_display_text()
    {
        const string text = "  بغداد -\u200Fوواشنطن،\n2500";
        var tokens = NerTokenizer.Tokenize(text);
        Assert.Equal([(2, 7), (8, 9), (10, 17), (17, 18), (19, 23)], tokens.Select(t => (t.Start, t.End)));
    }

    [Fact]
    public void Tokens_are_ordered_and_never_overlap()
    {
        const string text = "«التحالف الدولي» (Getty)... 45%، عام2000.";
        var tokens = NerTokenizer.Tokenize(text);
        for (var i = 1; i < tokens.Count; i++)
        {
            Assert.True(tokens[i - 1].End <= tokens[i].Start);
        }
        Assert.All(tokens, t => Assert.True(t.Length > 0));
    }

    [Fact]
    public void A_surrogate_pair_stays_whole() =>
        Assert.Equal(["بغداد", "😀"], NerTokenizer.Tokenize("بغداد 😀").Select(t => "بغداد 😀"[t.Start..t.End]));
}
