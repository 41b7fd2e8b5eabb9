using Marsad.Text;

namespace Marsad.Tests.Text;

public sealed class MatchKeyAnalyzerTests
{
    private readonly MatchKeyAnalyzer analyzer = MatchKeyAnalyzer.Default;

    [Theory]
    [InlineData("والكاظمي", "الكاظمي")]
    [InlineData("الانسحاب", "انسحاب")]
    [InlineData("المتحدة", "المتحده")]
    [InlineData("بالوكالة", "الوكالة")]
    public void Inflected_forms_share_a_key(string a, string b) =>
        Assert.Equal(analyzer.Key(a), analyzer.Key(b));

    [Fact]
    public void Stopwords_are_marked_on_the_folded_word_before_stemming()
    {
        // The stemmer maps الولايات onto ولا; only the particle ولا... is a stopword, and وقال is one too.
        analyzer.Key("وقال", out var saidIsStop);
        analyzer.Key("الولايات", out var statesIsStop);
        Assert.True(saidIsStop);
        Assert.False(statesIsStop);
    }

    [Fact]
    public void Offsets_point_into_the_display_text()
    {
        const string text = "قال الكاظمي: «لسنا بحاجة»";
        var tokens = analyzer.Analyze(text);
        Assert.Equal(["قال", "الكاظمي", "لسنا", "بحاجة"], tokens.Select(t => text[t.Span.Start..t.Span.End]));
        Assert.True(tokens[0].IsStopword);
    }

    [Fact]
    public void Digits_are_folded_but_not_stemmed() =>
        Assert.Equal("2500", analyzer.Key("٢٥٠٠"));

    [Fact]
    public void Random_input_never_throws()
    {
        var random = new Random(7);
        for (var i = 0; i < 2_000; i++)
        {
            var chars = new char[random.Next(0, 40)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = (char)random.Next(0, 0x0700);
            }
            var tokens = analyzer.Analyze(new string(chars));
            Assert.All(tokens, t => Assert.True(t.Span.End <= chars.Length));
        }
    }
}
