using Marsad.Articles;
using Marsad.Extraction.Html;

namespace Marsad.Tests.Extraction.Html;

/// <summary>Whole pages from <c>Fixtures/html/</c> (see its README for where they come from).</summary>
public sealed class HtmlArticleExtractorTests
{
    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "html", name));

    private static string[] ExpectedParagraphs(string name) =>
        Fixture(name).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [Fact]
    public void Handwritten_page_gives_its_article_and_nothing_else()
    {
        var extraction = HtmlArticleExtractor.Extract(Fixture("handwritten-article.html"), "https://almarsad.example/news/metro");

        Assert.Equal(ExpectedParagraphs("handwritten-article.expected.txt"), extraction.Paragraphs);
        Assert.Equal("وزير النقل يفتتح خط المترو الجديد", extraction.Title);
        Assert.Equal("صحيفة المرصد", extraction.SiteName);
        Assert.Equal("سارة الأحمد", extraction.Author);
        Assert.Equal(new PublicationDate(new DateTime(2024, 5, 13, 9, 30, 0), true), extraction.Published);
        Assert.Equal("meta article:published_time", extraction.PublishedSource);
        Assert.Equal("ar", extraction.Language);
        Assert.Equal("rtl", extraction.Direction);
    }

    [Theory]
    [InlineData("سكربت")]            // <script> in the head and in the article
    [InlineData("الأنماط")]           // <style>
    [InlineData("سياسة")]            // <nav> menu
    [InlineData("تعليق")]            // HTML comments, and the readers' comments section
    [InlineData("فقرة معلقة")]       // a paragraph inside an HTML comment
    [InlineData("فيديو الافتتاح")]   // <iframe> fallback text
    [InlineData("تصوير")]            // photo caption
    [InlineData("شارك")]             // share widget
    [InlineData("هل ستستخدم")]       // poll
    [InlineData("اقرأ أيضا")]        // related articles
    [InlineData("الحقوق محفوظة")]    // footer
    [InlineData("بقلم")]             // byline
    public void Handwritten_page_keeps_page_furniture_out_of_the_text(string furniture) =>
        Assert.DoesNotContain(furniture, HtmlArticleExtractor.Extract(Fixture("handwritten-article.html")).Text, StringComparison.Ordinal);

    [Fact]
    public void Cnn_arabic_page_gives_the_article_word_for_word()
    {
        var extraction = HtmlArticleExtractor.Extract(
            Fixture("cnn-arabic-2013-syria-clashes.html"), "http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html");
        var expected = ExpectedParagraphs("cnn-arabic-2013-syria-clashes.expected.txt");

        Assert.Equal("معارضون يسيطرون على مخازن للصواريخ بريف دمشق", extraction.Title);
        Assert.Equal("CNNArabic", extraction.SiteName);
        Assert.Equal("ar", extraction.Language);
        // The article's paragraphs come first and whole, the dated line above them ("آخر تحديث", an update
        // time) is not taken. Known gap: the comment-policy notice under the article follows them.
        Assert.Equal(expected, extraction.Paragraphs.Take(expected.Length));
        Assert.Null(extraction.Published);
    }
}
