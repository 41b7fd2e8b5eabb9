namespace Marsad.Tests;

/// <summary>Entities the pipeline found in the seeds, as the event, article and entity pages and the API show them.</summary>
[Collection(WebServerCollection.Name)]
public sealed class EntityPageTests(WebServerFixture server)
{
    [Fact]
    public async Task The_event_page_lists_who_its_articles_name_and_links_to_them()
    {
        var eventId = (await server.GetJson("/api/articles/001_66720f3e99723966")).GetProperty("eventId").GetString();
        var page = MarkupSafety.Parse(await server.GetHtml($"/events/{eventId}"));
        var kadhimi = page.QuerySelectorAll(".entities a").First(a => a.TextContent.Contains("الكاظمي", StringComparison.Ordinal));
        Assert.Equal("أشخاص", kadhimi.Closest("ul")!.PreviousElementSibling!.TextContent);

        var entity = MarkupSafety.Parse(await server.GetHtml(kadhimi.GetAttribute("href")!));
        Assert.Contains("الكاظمي", entity.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(entity.QuerySelectorAll(".timeline-entry a"), a => a.GetAttribute("href") == $"/events/{eventId}");
    }

    [Fact]
    public async Task The_entity_api_and_the_entity_filter_of_search_agree()
    {
        var eventJson = await server.GetJson("/api/articles/001_66720f3e99723966");
        var e = await server.GetJson($"/api/events/{eventJson.GetProperty("eventId").GetString()}");
        var person = e.GetProperty("entities").EnumerateArray().First(x => x.GetProperty("kind").GetString() == "person");
        var key = person.GetProperty("id").GetString()!;

        var entity = await server.GetJson("/api/entities/" + Uri.EscapeDataString(key));
        var articles = entity.GetProperty("articles").GetInt32();
        Assert.InRange(articles, 1, 7);
        Assert.NotEqual(0, entity.GetProperty("events").GetProperty("total").GetInt32());

        var search = await server.GetJson("/api/search?entity=" + Uri.EscapeDataString(key));
        Assert.Equal(articles, search.GetProperty("hits").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_persons_page_shows_what_they_said_with_where_and_when()
    {
        var key = Uri.EscapeDataString(Entities.Keys.EntityKeyer.Person("مصطفى الكاظمي"));
        var entity = await server.GetJson("/api/entities/" + key);
        var said = entity.GetProperty("said").EnumerateArray().ToList();
        // The latest seed first: 004 reports what he said in Washington.
        Assert.Equal("004_ddd0e842f48b5a3b", said[0].GetProperty("articleId").GetString());
        Assert.Contains(said, q => q.GetProperty("text").GetString() == "العلاقة بين بغداد وواشنطن ستتحول إلى مرحلة جديدة"
            && !q.GetProperty("direct").GetBoolean());
        var published = said.Select(q => q.GetProperty("published").GetString()).OfType<string>().Select(p => p[..10]).ToList();
        Assert.Equal(published.OrderDescending(StringComparer.Ordinal), published);

        var page = MarkupSafety.Parse(await server.GetHtml("/entities/" + key));
        Assert.Contains(page.QuerySelectorAll(".quotes blockquote p"),
            p => p.TextContent == "العلاقة بين بغداد وواشنطن ستتحول إلى مرحلة جديدة");
    }

    [Fact]
    public async Task The_article_text_marks_quotations_and_links_entities_where_they_stand()
    {
        var page = MarkupSafety.Parse(await server.GetHtml("/articles/002_c4cb800c5c6b35be"));
        var quote = Assert.Single(page.QuerySelectorAll(".text .quote.direct"),
            q => q.TextContent == "لسنا بحاجة إلى القوات الأميركية على الأراضي العراقية");
        Assert.Contains("مصطفى الكاظمي", quote.GetAttribute("title"), StringComparison.Ordinal);
        var kadhimi = "/entities/" + Uri.EscapeDataString(Entities.Keys.EntityKeyer.Person("مصطفى الكاظمي"));
        Assert.Contains(page.QuerySelectorAll(".text a.entity.per"), a => a.GetAttribute("href") == kadhimi);
        Assert.Contains(page.QuerySelectorAll(".text a.entity.loc"), a => a.TextContent == "بغداد");
        // Marking adds no words: the text reads as stored.
        var article = await server.GetJson("/api/articles/002_c4cb800c5c6b35be");
        var stored = article.GetProperty("text").GetString()!.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(stored, page.QuerySelectorAll(".text p").Select(p => p.TextContent));
    }

    [Fact]
    public async Task The_article_page_lists_its_entities_once_each()
    {
        var page = MarkupSafety.Parse(await server.GetHtml("/articles/001_66720f3e99723966"));
        var links = page.QuerySelectorAll(".entities a").Select(a => a.GetAttribute("href")).ToList();
        Assert.NotEmpty(links);
        Assert.Equal(links.Distinct(), links);
    }
}
