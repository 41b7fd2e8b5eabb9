using Marsad.Extraction.Html;
using Marsad.Tests.Support;

namespace Marsad.Tests.Extraction.Html;

/// <summary>The cases are in <c>Examples/html-metadata.md</c>.</summary>
public sealed class PageMetadataTests
{
    private const string Examples = "html-metadata.md";

    public static IEnumerable<object[]> Cases => MarkdownTable.FirstColumn(Examples);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Finds_site_name_and_author(string @case)
    {
        var row = MarkdownTable.Read(Examples).Single(r => r["case"] == @case);
        var extraction = HtmlArticleExtractor.Extract(SmallPage.With(row["markup"]));
        Assert.Equal(row["site name"], extraction.SiteName ?? "none");
        Assert.Equal(row["author"], extraction.Author ?? "none");
    }

    [Theory]
    [InlineData("<html lang=\"ar\" dir=\"rtl\"><body><p>نص</p></body></html>", "ar", "rtl")]
    [InlineData("<html lang=\"ar-EG\" dir=\"RTL\"><body><p>نص</p></body></html>", "ar-EG", "rtl")]
    [InlineData("<html><head><meta property=\"og:locale\" content=\"ar_AR\"></head><body dir=\"rtl\"><p>نص</p></body></html>", "ar-AR", "rtl")]
    [InlineData("<html><body><p>text</p></body></html>", null, null)]
    public void Reads_the_declared_language_and_direction(string html, string? language, string? direction)
    {
        var extraction = HtmlArticleExtractor.Extract(html);
        Assert.Equal(language, extraction.Language);
        Assert.Equal(direction, extraction.Direction);
    }
}
