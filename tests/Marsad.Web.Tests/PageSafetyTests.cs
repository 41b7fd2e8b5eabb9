using System.Net;

namespace Marsad.Tests;

/// <summary>
/// Articles with script, frames, event handlers and javascript: addresses in every field: every page that shows
/// them shows them as text, and nothing of them becomes an element, an attribute or a link.
/// </summary>
[Collection(WebServerCollection.Name)]
public sealed class PageSafetyTests(WebServerFixture server)
{
    [Fact]
    public async Task The_hostile_articles_were_stored_as_they_came()
    {
        // Otherwise the tests below would check nothing.
        var article = await server.GetJson("/api/articles/hostile-1");
        Assert.Contains("<script>", article.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Contains("<iframe", article.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("onmouseover", article.GetProperty("outlet").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("javascript:", article.GetProperty("url").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_article_page_shows_every_field_as_text()
    {
        var page = MarkupSafety.Parse(await server.GetHtml("/articles/hostile-1"));
        MarkupSafety.AssertInert(page);
        Assert.Equal(HostileArticles.Title, page.QuerySelector("h1")!.TextContent);
        var text = page.QuerySelector(".text")!.TextContent;
        Assert.Contains("<iframe src=\"javascript:alert(2)\"></iframe>", text, StringComparison.Ordinal);
        Assert.Contains("<script>document.body.innerHTML='pwned'</script>", text, StringComparison.Ordinal);
        Assert.Contains(HostileArticles.Outlet, page.QuerySelector(".facts-list")!.TextContent, StringComparison.Ordinal);
        // The javascript: address is shown, not linked.
        Assert.Equal(HostileArticles.ScriptUrl, page.QuerySelector(".original code")!.TextContent);
        Assert.Null(page.QuerySelector(".original a"));
    }

    [Fact]
    public async Task An_id_with_slashes_and_markup_is_a_working_link_and_text()
    {
        var eventId = (await server.GetJson("/api/articles/hostile-1")).GetProperty("eventId").GetString();
        var eventPage = MarkupSafety.Parse(await server.GetHtml($"/events/{eventId}"));
        MarkupSafety.AssertInert(eventPage);
        var links = eventPage.QuerySelectorAll(".articles a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains(links, l => l.StartsWith("/articles/http%3A/", StringComparison.Ordinal));
        foreach (var link in links)
        {
            var article = MarkupSafety.Parse(await server.GetHtml(link));
            MarkupSafety.AssertInert(article);
            Assert.StartsWith(HostileArticles.Title, article.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Every_page_that_lists_them_is_inert()
    {
        var storylineId = (await server.GetJson("/api/articles/hostile-1")).GetProperty("storylineId").GetString();
        foreach (var path in (string[])["/", $"/storylines/{storylineId}", "/search?q=" + Uri.EscapeDataString(HostileArticles.SearchWord),
            "/search?q=" + Uri.EscapeDataString("<script>alert(1)</script>"), "/search?outlet=" + Uri.EscapeDataString(HostileArticles.Outlet)])
        {
            var page = MarkupSafety.Parse(await server.GetHtml(path));
            MarkupSafety.AssertInert(page);
        }
        var search = MarkupSafety.Parse(await server.GetHtml("/search?q=" + Uri.EscapeDataString(HostileArticles.SearchWord)));
        Assert.Equal(2, search.QuerySelectorAll(".hit").Length);
        Assert.Contains(search.QuerySelectorAll("mark"), m => m.TextContent == HostileArticles.SearchWord);
        Assert.Contains(search.QuerySelectorAll("option"), o => o.GetAttribute("value") == HostileArticles.Outlet);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/articles/hostile-1")]
    [InlineData("/api/articles/hostile-1")]
    [InlineData("/api/storylines/nothing-here")]
    public async Task Every_response_carries_a_content_security_policy_with_no_script(string path)
    {
        using var response = await server.Client.GetAsync(new Uri(path, UriKind.Relative));
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Theory]
    [InlineData("/storylines/nothing-here", HttpStatusCode.NotFound)]
    [InlineData("/events/nothing-here", HttpStatusCode.NotFound)]
    [InlineData("/articles/nothing/here", HttpStatusCode.NotFound)]
    [InlineData("/entities/nothing-here", HttpStatusCode.NotFound)]
    [InlineData("/?page=0", HttpStatusCode.BadRequest)]
    [InlineData("/search?q=x&size=500", HttpStatusCode.BadRequest)]
    public async Task Pages_answer_missing_and_bad_requests_in_Arabic_html(string path, HttpStatusCode status)
    {
        using var response = await server.Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(status, response.StatusCode);
        var page = MarkupSafety.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        Assert.NotEmpty(page.QuerySelector("h1")!.TextContent);
    }
}
