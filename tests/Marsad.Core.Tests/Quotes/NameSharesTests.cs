using Marsad.Quotes.Vocabulary;
using Marsad.Text;

namespace Marsad.Tests.Quotes;

/// <summary>The shipped table of how often the news has a word in a person's name, as `marsad train name-shares` learned it.</summary>
public sealed class NameSharesTests
{
    [Theory]
    [InlineData("تطابق")]
    [InlineData("صفقات")]
    [InlineData("زيارة")]
    [InlineData("علاجه")]
    public void Common_words_the_news_never_names_anyone_with_are_never_a_name(string word) =>
        Assert.True(NameShares.Default.IsNeverAName(ArabicFolder.Fold(word)));

    [Fact]
    public void A_nisba_now_and_then_in_a_name_is_seldom_one_but_not_never() =>
        Assert.True(NameShares.Default.IsSeldomAName(ArabicFolder.Fold("المصري")) && !NameShares.Default.IsNeverAName(ArabicFolder.Fold("المصري")));

    [Theory]
    [InlineData("محمد")]
    [InlineData("فيصل")]
    [InlineData("سامح")]
    // Folded, the name علي is the preposition على; the spelling علي names someone too often to count as common.
    [InlineData("علي")]
    // Seen too seldom in the news to judge: an unknown name is never taken for a common word.
    [InlineData("تولبرت")]
    public void Names_and_words_too_rare_to_judge_are_neither(string word)
    {
        Assert.False(NameShares.Default.IsNeverAName(ArabicFolder.Fold(word)));
        Assert.False(NameShares.Default.IsSeldomAName(ArabicFolder.Fold(word)));
    }

    [Fact]
    public void The_table_reads_back_from_its_text_form()
    {
        var shares = NameShares.Read(new StringReader("# comment\nتطابق\t0\nمصري\t4\n"));
        Assert.True(shares.IsNeverAName("تطابق"));
        Assert.False(shares.IsNeverAName("مصري"));
        Assert.True(shares.IsSeldomAName("مصري"));
        Assert.False(shares.IsSeldomAName("تطابقت"));
    }
}
