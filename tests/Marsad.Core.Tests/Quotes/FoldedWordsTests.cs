using Marsad.Quotes.Vocabulary;
using Marsad.Text;

namespace Marsad.Tests.Quotes;

/// <summary>The folded word sets the speaker reader asks about every word: its quick outline filter must never turn a member away.</summary>
public sealed class FoldedWordsTests
{
    [Fact]
    public void Every_title_word_is_found_by_its_folded_form()
    {
        var titles = new FoldedWords(TitleWords.All);
        Assert.All(TitleWords.All, word => Assert.True(titles.Contains(ArabicFolder.FoldText(word)), word));
    }

    [Theory]
    [InlineData("وزير", true)]
    [InlineData("الوزير", true)]
    // One letter, and written with hamza: found by its folded form.
    [InlineData("أ", true)]
    [InlineData("وزيرة", false)]
    [InlineData("ا", true)]
    [InlineData("ب", false)]
    [InlineData("", false)]
    public void Words_are_found_only_when_in_the_set(string word, bool member)
    {
        var words = new FoldedWords(["وزير", "الوزير", "أ"]);
        Assert.Equal(member, words.Contains(ArabicFolder.FoldText(word)));
    }
}
