using Marsad.Articles;
using Marsad.Extraction;
using Marsad.Input;

namespace Marsad.Tests.Extraction;

/// <summary>An HTML file as ingest reads it: main text, title without the site name, outlet and date from metadata.</summary>
public sealed class HtmlArticleIngestTests
{
    private static ExtractedArticle ExtractFixture(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "html", name);
        var raw = Assert.IsType<ArticleInput>(Assert.Single(new InputWalker([path]).Items())).Article;
        return ArticleExtractor.Extract(raw, out _)!;
    }

    [Fact]
    public void Metadata_gives_the_title_outlet_and_publication_date()
    {
        var article = ExtractFixture("handwritten-article.html");
        Assert.Equal("وزير النقل يفتتح خط المترو الجديد", article.Title);
        Assert.Equal("صحيفة المرصد", article.Outlet);
        Assert.Equal(PublishedFrom.Metadata, article.PublishedFrom);
        Assert.Equal(new DateOnly(2024, 5, 13), article.Published?.Day);
    }

    [Fact]
    public void The_main_text_is_the_expected_paragraphs()
    {
        var expected = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "html", "handwritten-article.expected.txt"))
            .Where(l => l.Length > 0);
        Assert.Equal(expected, ExtractFixture("handwritten-article.html").Text.Split("\n\n"));
    }

    [Fact]
    public void What_the_caller_gives_wins_over_the_page()
    {
        var html = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "html", "handwritten-article.html"));
        var article = ArticleExtractor.Extract(new RawArticle("x", "x", Html: html, Title: "عنوان من الزاحف", Outlet: "outlet-x", Published: "2024-05-14"), out _)!;
        Assert.Equal(("عنوان من الزاحف", "outlet-x", PublishedFrom.Input), (article.Title, article.Outlet, article.PublishedFrom));
    }
}
