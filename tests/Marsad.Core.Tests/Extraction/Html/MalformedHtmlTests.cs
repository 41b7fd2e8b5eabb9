using System.Text;
using Marsad.Extraction.Html;

namespace Marsad.Tests.Extraction.Html;

/// <summary>Whatever comes in, extraction returns (possibly empty) and never throws.</summary>
public sealed class MalformedHtmlTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("نص عادي بلا وسوم")]
    [InlineData("<")]
    [InlineData("<html><body><p>غير مغلق")]
    [InlineData("</p></div></body></html>")]
    [InlineData("<script>var x = '<p>' + 1;</script>")]
    [InlineData("<!-- لا ينتهي")]
    [InlineData("<meta property=\"article:published_time\" content=\"9999-99-99\"><meta name=\"date\" content=\"غدا\">")]
    [InlineData("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"datePublished\": [1, {\"x\": null}], \"author\": 5,</script>")]
    [InlineData("<script type=\"application/ld+json\">[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[</script>")]
    [InlineData("<time datetime=\"2020-02-30\">٣٠ فبراير</time><time pubdate datetime=\"\"></time>")]
    [InlineData("<table><tr><td><table><tr><td><p>جدول داخل جدول</td></tr></table>")]
    public void Odd_pages_do_not_throw(string html)
    {
        var extraction = HtmlArticleExtractor.Extract(html, "not a url");
        Assert.NotNull(extraction.Paragraphs);
    }

    [Fact]
    public void Deeply_nested_markup_is_read_whole_and_fast()
    {
        // 6000 levels, as a page full of unclosed tags can reach; Readability alone would take minutes.
        var html = string.Concat(Enumerable.Repeat("<div><span>", 3000)) + SmallPage.Paragraph;
        var started = System.Diagnostics.Stopwatch.StartNew();
        var extraction = HtmlArticleExtractor.Extract(html);
        Assert.Equal([SmallPage.Paragraph], extraction.Paragraphs);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(10), $"took {started.Elapsed}");
    }

    [Fact]
    public void Random_tag_soup_does_not_throw()
    {
        string[] pieces =
        [
            "<p>", "</p>", "<div class=\"share\">", "</div>", "<br>", "<figure>", "<figcaption>", "<a href=\"#\">", "</a>",
            "<script>", "</script>", "<!--", "-->", "<h1>", "<time datetime=\"2020-01-01\">", "<meta name=\"date\" content=\"",
            "\">", "&amp;", "&#1575;", "قال الوزير", " ", "\n", "<table><tr><td>", "<iframe>", "\u200F", "\0", "'",
        ];
        var random = new Random(1234);
        for (var i = 0; i < 100; i++)
        {
            var html = new StringBuilder();
            for (var j = random.Next(1, 300); j > 0; j--)
            {
                html.Append(pieces[random.Next(pieces.Length)]);
            }
            Assert.NotNull(HtmlArticleExtractor.Extract(html.ToString(), random.Next(2) == 0 ? null : "https://example.com/2020/01/02/x").Paragraphs);
        }
    }
}
