using System.Text;
using Marsad.Input;

namespace Marsad.Tests.Input;

public sealed class JsonLinesReaderTests
{
    private static List<InputItem> Read(string content) =>
        JsonLinesReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(content)), "in.jsonl").ToList();

    [Fact]
    public void Reads_one_article_per_line_with_its_fields()
    {
        var items = Read("""
            {"id": "a1", "text": "نص الخبر", "title": "عنوان", "outlet": "سبق", "published": "2015-07-21", "url": "http://x", "author": "الرياض: واس", "fetched": "2015-07-22T10:00:00"}
            {"id": 42, "html": "<p>نص</p>"}
            """);
        var first = Assert.IsType<ArticleInput>(items[0]).Article;
        Assert.Equal(("a1", "نص الخبر", "عنوان", "سبق", "2015-07-21", "http://x", "الرياض: واس"),
            (first.Id, first.Text, first.Title, first.Outlet, first.Published, first.Url, first.Author));
        Assert.Equal("in.jsonl:1", first.Origin);
        Assert.Equal("42", Assert.IsType<ArticleInput>(items[1]).Article.Id);
    }

    [Fact]
    public void A_malformed_line_is_reported_with_its_number_and_the_rest_is_read()
    {
        var items = Read("{\"id\":\"a\",\"text\":\"x\"}\n{\"id\": \"b\", \"text\": \n{\"id\":\"c\",\"text\":\"z\"}\n");
        Assert.IsType<ArticleInput>(items[0]);
        var problem = Assert.IsType<InputProblem>(items[1]);
        Assert.Equal("in.jsonl:2", problem.Origin);
        Assert.Contains("not valid JSON", problem.Message, StringComparison.Ordinal);
        Assert.Equal("c", Assert.IsType<ArticleInput>(items[2]).Article.Id);
    }

    [Theory]
    [InlineData("{\"text\":\"x\"}", "no \"id\"")]
    [InlineData("{\"id\":\"a\"}", "neither \"text\" nor \"html\"")]
    [InlineData("[1,2]", "expected a JSON object")]
    public void A_line_without_what_an_article_needs_is_reported(string line, string expected)
    {
        var problem = Assert.IsType<InputProblem>(Assert.Single(Read(line)));
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_on_a_line_is_reported_and_the_next_line_read()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"id\":\"a\",\"text\":\"").Concat(new byte[] { 0xC3, 0x28 })
            .Concat(Encoding.UTF8.GetBytes("\"}\n{\"id\":\"b\",\"text\":\"ok\"}\n")).ToArray();
        var items = JsonLinesReader.Read(new MemoryStream(bytes), "in.jsonl").ToList();
        Assert.Contains("not valid UTF-8", Assert.IsType<InputProblem>(items[0]).Message, StringComparison.Ordinal);
        Assert.Equal("b", Assert.IsType<ArticleInput>(items[1]).Article.Id);
    }

    [Fact]
    public void Blank_lines_CRLF_and_a_BOM_are_fine()
    {
        var items = Read("\uFEFF{\"id\":\"a\",\"text\":\"x\"}\r\n\r\n{\"id\":\"b\",\"text\":\"y\"}\r\n");
        Assert.Equal(["a", "b"], items.OfType<ArticleInput>().Select(i => i.Article.Id));
    }

    [Fact]
    public void An_over_long_line_is_refused_without_being_buffered()
    {
        var huge = "{\"id\":\"big\",\"text\":\"" + new string('ا', InputLimits.MaxArticleBytes) + "\"}";
        var items = Read(huge + "\n{\"id\":\"b\",\"text\":\"y\"}");
        Assert.Contains("at most", Assert.IsType<InputProblem>(items[0]).Message, StringComparison.Ordinal);
        Assert.Equal("b", Assert.IsType<ArticleInput>(items[1]).Article.Id);
    }
}
