using System.Text;
using Marsad.Input;

namespace Marsad.Tests.Input;

public sealed class JsonDocumentReaderTests
{
    private static List<InputItem> Read(string content) =>
        JsonDocumentReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(content)), "day.json").ToList();

    [Fact]
    public void SaudiNewsNet_records_are_read_as_they_are()
    {
        var items = Read("""
            [{"source": "aawsat", "url": "http://aawsat.com/1", "date_extracted": "2015-07-21 02:51:32",
              "title": "عنوان", "author": "لندن: رنيم حنوش", "content": "حدد رئيس الوزراء البريطاني"}]
            """);
        var article = Assert.IsType<ArticleInput>(Assert.Single(items)).Article;
        Assert.Equal(("http://aawsat.com/1", "aawsat", "حدد رئيس الوزراء البريطاني", "2015-07-21 02:51:32", "لندن: رنيم حنوش"),
            (article.Id, article.Outlet, article.Text, article.Fetched, article.Author));
        Assert.Equal("day.json[1]", article.Origin);
    }

    [Fact]
    public void A_single_object_is_one_article()
    {
        var article = Assert.IsType<ArticleInput>(Assert.Single(Read("{\"id\":\"x\",\"text\":\"نص\"}"))).Article;
        Assert.Equal("x", article.Id);
    }

    [Fact]
    public void Broken_json_keeps_the_articles_before_it_and_says_where()
    {
        var items = Read("[{\"id\":\"a\",\"text\":\"x\"},\n{\"id\":\"b\",\"text\":\"y\"},\n{\"id\": ]");
        Assert.Equal(["a", "b"], items.OfType<ArticleInput>().Select(i => i.Article.Id));
        var problem = Assert.IsType<InputProblem>(items[^1]);
        Assert.Equal("day.json:3", problem.Origin);
        Assert.Contains("after 2 articles", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("hello", "not JSON")]
    public void Not_json_is_reported(string content, string expected) =>
        Assert.Contains(expected, Assert.IsType<InputProblem>(Assert.Single(Read(content))).Message, StringComparison.Ordinal);
}
