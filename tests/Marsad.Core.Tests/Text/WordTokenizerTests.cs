using Marsad.Text;

namespace Marsad.Tests.Text;

public sealed class WordTokenizerTests
{
    private const string Text = "«قال الكاظمي» (2021): إنّ 2500 جندي...";

    [Fact]
    public void Words_are_runs_of_letters_digits_and_diacritics() =>
        Assert.Equal(["قال", "الكاظمي", "2021", "إنّ", "2500", "جندي"],
            WordTokenizer.Tokenize(Text).Select(span => Text[span.Start..span.End]));

    [Fact]
    public void Enumerating_the_words_gives_the_same_spans_as_the_list()
    {
        var enumerated = new List<TextSpan>();
        foreach (var word in WordTokenizer.Words(Text))
        {
            enumerated.Add(word);
        }
        Assert.Equal(WordTokenizer.Tokenize(Text), enumerated);
    }

    [Theory]
    [InlineData("", int.MaxValue, 0)]
    [InlineData("... ،", int.MaxValue, 0)]
    [InlineData(Text, int.MaxValue, 6)]
    [InlineData(Text, 4, 4)]
    [InlineData(Text, 7, 6)]
    public void Counting_stops_once_enough_words_are_seen(string text, int enough, int expected) =>
        Assert.Equal(expected, WordTokenizer.Count(text, enough));
}
