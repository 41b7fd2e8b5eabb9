using Marsad.Quotes.Vocabulary;
using Marsad.Text;

namespace Marsad.Tests.Quotes;

/// <summary>The shipped list of words never in a person's name, as `marsad train non-names` learned it from the news.</summary>
public sealed class NonNameWordsTests
{
    [Theory]
    [InlineData("تطابق")]
    [InlineData("صفقات")]
    [InlineData("زيارة")]
    [InlineData("علاجه")]
    public void Common_words_the_news_never_names_anyone_with_are_listed(string word) =>
        Assert.True(NonNameWords.Default.Contains(ArabicFolder.Fold(word)));

    [Theory]
    [InlineData("محمد")]
    [InlineData("فيصل")]
    [InlineData("سامح")]
    // Folded, the name علي is the preposition على; the spelling علي names someone too often to list the word.
    [InlineData("علي")]
    // Seen too seldom in the news to judge: an unknown name is never taken for a common word.
    [InlineData("تولبرت")]
    public void Names_and_words_too_rare_to_judge_are_not(string word) =>
        Assert.False(NonNameWords.Default.Contains(ArabicFolder.Fold(word)));

    [Fact]
    public void A_list_read_back_holds_exactly_its_words() =>
        Assert.True(new NonNameWords(["تطابق"]).Contains("تطابق") && !new NonNameWords(["تطابق"]).Contains("تطابقت"));
}
