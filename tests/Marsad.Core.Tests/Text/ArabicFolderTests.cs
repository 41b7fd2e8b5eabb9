using Marsad.Text;

namespace Marsad.Tests.Text;

public sealed class ArabicFolderTests
{
    [Theory]
    [InlineData("أحمد", "احمد")]          // hamza above alef
    [InlineData("إسرائيل", "اسرائيل")]    // hamza below alef
    [InlineData("آمنة", "امنه")]          // madda, teh marbuta
    [InlineData("مصطفى", "مصطفي")]        // alef maksura
    [InlineData("مُصْطَفَى", "مصطفي")]     // diacritics
    [InlineData("الـتــدريــج", "التدريج")] // tatweel
    [InlineData("٢٠٢١", "2021")]          // Arabic-Indic digits
    [InlineData("۱۴۰۰", "1400")]          // Eastern Arabic-Indic digits
    [InlineData("کیف", "كيف")]            // Persian keheh and yeh
    [InlineData("Sputnik", "sputnik")]
    public void Folds_a_word_to_its_match_form(string word, string expected) =>
        Assert.Equal(expected, ArabicFolder.Fold(word));

    [Fact]
    public void Folding_a_text_keeps_words_apart() =>
        Assert.Equal("قال الكاظمي ان", ArabicFolder.FoldText("قال الكاظمي، إنّ"));

    [Theory]
    [InlineData(15, "قال الكاظمي ان")]
    [InlineData(14, "قال الكاظمي ان")]
    [InlineData(13, null)]
    [InlineData(0, null)]
    public void Folding_up_to_a_length_gives_up_past_it(int maxLength, string? expected) =>
        Assert.Equal(expected, ArabicFolder.FoldTextUpTo("قال الكاظمي، إنّ", maxLength));
}
