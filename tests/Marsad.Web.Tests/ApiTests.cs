using System.Net;
using System.Text.Json;

namespace Marsad.Tests;

/// <summary>The JSON API against a running server over the seeds, as a script would use it.</summary>
[Collection(WebServerCollection.Name)]
public sealed class ApiTests(WebServerFixture server)
{
    [Fact]
    public async Task Storylines_list_the_seed_storyline_with_its_five_articles()
    {
        var page = await server.GetJson("/api/storylines");
        var seed = await server.SeedStorylineId();
        var item = page.GetProperty("items").EnumerateArray().Single(s => s.GetProperty("id").GetString() == seed);
        Assert.Equal(5, item.GetProperty("articles").GetInt32());
        Assert.Equal(2, item.GetProperty("outlets").GetInt32());
        Assert.Equal(1, page.GetProperty("page").GetInt32());
        Assert.Equal(page.GetProperty("items").GetArrayLength(), page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_storyline_has_its_timeline_in_time_order_and_pages_through_it()
    {
        var id = await server.SeedStorylineId();
        var whole = await server.GetJson($"/api/storylines/{id}");
        var timeline = whole.GetProperty("timeline");
        var firsts = timeline.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("first").GetDateTime()).ToList();
        Assert.InRange(firsts.Count, 3, 5);
        Assert.Equal(firsts.Order(), firsts);
        Assert.Equal(new DateTime(2020, 11, 18), firsts[0].Date);

        var second = (await server.GetJson($"/api/storylines/{id}?page=2&size=2")).GetProperty("timeline");
        Assert.Equal(firsts.Count, second.GetProperty("total").GetInt32());
        Assert.Equal(firsts.Skip(2).Take(2), second.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("first").GetDateTime()));
    }

    [Fact]
    public async Task An_event_has_its_summary_and_articles_and_an_article_its_text()
    {
        var eventId = (await server.GetJson("/api/articles/001_66720f3e99723966")).GetProperty("eventId").GetString();
        var e = await server.GetJson($"/api/events/{eventId}");
        Assert.Contains(e.GetProperty("articles").GetProperty("items").EnumerateArray(), a => a.GetProperty("id").GetString() == "001_66720f3e99723966");
        Assert.NotEqual(0, e.GetProperty("summary").GetArrayLength());
        Assert.NotEqual(0, e.GetProperty("quotes").GetArrayLength());

        var article = await server.GetJson("/api/articles/003_a322a2262cb437ac");
        Assert.Contains("الكاظمي", article.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/storylines/no-such-storyline")]
    [InlineData("/api/events/no-such-event")]
    [InlineData("/api/articles/no-such-article")]
    [InlineData("/api/entities/no-such-entity")]
    public async Task Unknown_ids_are_404_problems(string path)
    {
        var problem = await Problem(path, HttpStatusCode.NotFound);
        Assert.Contains("no-such", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/storylines?page=0")]
    [InlineData("/api/storylines?page=-3")]
    [InlineData("/api/storylines?size=0")]
    [InlineData("/api/storylines?size=101")]
    [InlineData("/api/storylines?size=abc")]
    [InlineData("/api/search?q=x&page=10001")]
    [InlineData("/api/search?q=x&from=yesterday")]
    [InlineData("/api/search?q=x&from=2021-08-01&to=2021-07-01")]
    [InlineData("/api/search?q=x&size=many")]
    public async Task Bad_paging_and_filters_are_400_problems(string path) => await Problem(path, HttpStatusCode.BadRequest);

    [Fact]
    public async Task Search_for_one_spelling_finds_articles_that_write_another()
    {
        var results = await server.GetJson("/api/search?q=" + Uri.EscapeDataString("الأمريكية"));
        var hits = results.GetProperty("hits").GetProperty("items").EnumerateArray().ToList();
        var writtenOtherwise = new List<string>();
        foreach (var hit in hits)
        {
            var id = hit.GetProperty("article").GetProperty("id").GetString()!;
            var text = (await server.GetJson("/api/articles/" + id)).GetProperty("text").GetString()!;
            if (text.Contains("الأميركية", StringComparison.Ordinal) && !text.Contains("الأمريكية", StringComparison.Ordinal))
            {
                writtenOtherwise.Add(id);
            }
        }
        Assert.NotEmpty(writtenOtherwise);
        // Highlights point at words of the snippet that are spellings of the word searched.
        foreach (var hit in hits)
        {
            var snippet = hit.GetProperty("snippet");
            var text = snippet.GetProperty("text").GetString()!;
            foreach (var h in snippet.GetProperty("highlights").EnumerateArray())
            {
                var word = text[h.GetProperty("start").GetInt32()..h.GetProperty("end").GetInt32()];
                Assert.True(word.Contains("مريك", StringComparison.Ordinal) || word.Contains("ميرك", StringComparison.Ordinal), word);
            }
        }
    }

    [Fact]
    public async Task Search_filters_by_outlet_and_days()
    {
        var q = "?q=" + Uri.EscapeDataString("الكاظمي");
        var all = await Total(q);
        var sputnik = await server.GetJson($"/api/search{q}&outlet=Sputnik");
        var sputnikHits = sputnik.GetProperty("hits").GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(sputnikHits);
        Assert.All(sputnikHits, h => Assert.Equal("Sputnik", h.GetProperty("article").GetProperty("outlet").GetString()));
        Assert.True(sputnikHits.Count < all);
        var july = await Total($"{q}&from=2021-07-01&to=2021-07-31");
        Assert.InRange(july, 1, all - 1);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_api_and_not_the_pages()
    {
        var document = await server.GetJson("/openapi/v1.json");
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/storylines", paths);
        Assert.Contains("/api/storylines/{id}", paths);
        Assert.Contains("/api/events/{id}", paths);
        Assert.Contains("/api/articles/{id}", paths);
        Assert.Contains("/api/search", paths);
        Assert.DoesNotContain(paths, p => !p.StartsWith("/api/", StringComparison.Ordinal));
        var getEvent = document.GetProperty("paths").GetProperty("/api/events/{id}").GetProperty("get").GetProperty("responses");
        Assert.True(getEvent.TryGetProperty("404", out _), "unknown ids are documented as 404");
        Assert.True(getEvent.TryGetProperty("400", out _), "bad paging is documented as 400");
    }

    [Theory]
    [InlineData("POST", "/api/storylines")]
    [InlineData("PUT", "/api/articles/002_c4cb800c5c6b35be")]
    [InlineData("DELETE", "/api/articles/002_c4cb800c5c6b35be")]
    [InlineData("POST", "/search")]
    [InlineData("HEAD", "/")]
    public async Task Nothing_but_GET_is_accepted(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        using var response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET"], response.Content.Headers.Allow);
        await server.GetJson("/api/articles/002_c4cb800c5c6b35be"); // still there, and still answered
    }

    [Fact]
    public async Task Arabic_comes_out_as_it_is_in_JSON()
    {
        using var response = await server.Client.GetAsync(new Uri("/api/articles/002_c4cb800c5c6b35be", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("الكاظمي", body, StringComparison.Ordinal);
    }

    private async Task<int> Total(string query) =>
        (await server.GetJson("/api/search" + query)).GetProperty("hits").GetProperty("total").GetInt32();

    private async Task<JsonElement> Problem(string path, HttpStatusCode status)
    {
        using var response = await server.Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }
}
