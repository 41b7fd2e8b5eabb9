using Marsad.Extraction.Html;
using Marsad.Tests.Support;

namespace Marsad.Tests.Extraction.Html;

/// <summary>The cases are in <c>Examples/html-titles.md</c>.</summary>
public sealed class TitleCleanerTests
{
    private const string Examples = "html-titles.md";

    public static IEnumerable<object[]> Cases => MarkdownTable.FirstColumn(Examples);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Takes_the_site_name_off_the_title(string @case)
    {
        var row = MarkdownTable.Read(Examples).Single(r => r["case"] == @case);
        var siteNames = row["site names"].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(row["cleaned"], TitleCleaner.Clean(row["title"], siteNames));
    }

    [Theory]
    [InlineData("<meta property=\"og:title\" content=\"عنوان من أوبن غراف - المرصد\"><meta property=\"og:site_name\" content=\"المرصد\">", "عنوان من أوبن غراف")]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"عنوان من JSON-LD\"}</script>", "عنوان من JSON-LD")]
    [InlineData("<header><h1 class=\"logo\">المرصد</h1></header><meta property=\"og:site_name\" content=\"المرصد\"><article><h1>عنوان من الترويسة</h1></article>", "عنوان من الترويسة")]
    public void Finds_the_title_in_metadata_before_the_page_title(string markup, string expected) =>
        Assert.Equal(expected, HtmlArticleExtractor.Extract(SmallPage.With(markup, title: "عنوان الصفحة | المرصد")).Title);

    [Fact]
    public void Falls_back_to_the_page_title_without_the_site_name() =>
        Assert.Equal("عنوان الصفحة", HtmlArticleExtractor.Extract(SmallPage.With("", title: "عنوان الصفحة | المرصد")).Title);
}
