namespace Marsad.Tests;

/// <summary>The Arabic pages over the seeds: what each shows, in which order, and how they page.</summary>
[Collection(WebServerCollection.Name)]
public sealed class PageTests(WebServerFixture server)
{
    [Fact]
    public async Task The_home_page_lists_storylines_right_to_left_with_links()
    {
        var page = MarkupSafety.Parse(await server.GetHtml("/"));
        Assert.Equal("ar", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        var seed = await server.SeedStorylineId();
        Assert.Contains(page.QuerySelectorAll(".storylines a"), a => a.GetAttribute("href") == $"/storylines/{seed}");
    }

    [Fact]
    public async Task The_storyline_page_shows_its_timeline_oldest_first()
    {
        var id = await server.SeedStorylineId();
        var timeline = (await server.GetJson($"/api/storylines/{id}")).GetProperty("timeline").GetProperty("items")
            .EnumerateArray().Select(e => e.GetProperty("headline").GetString()).ToList();
        var page = MarkupSafety.Parse(await server.GetHtml($"/storylines/{id}"));
        Assert.Equal(timeline, page.QuerySelectorAll(".timeline-entry h3 a").Select(a => a.TextContent));
        Assert.Equal("2020-11-18", page.QuerySelector(".timeline-entry time")!.GetAttribute("datetime"));
        Assert.Contains("18 نوفمبر 2020", page.QuerySelector(".timeline-entry time")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_storyline_page_pages_its_timeline()
    {
        var id = await server.SeedStorylineId();
        var first = MarkupSafety.Parse(await server.GetHtml($"/storylines/{id}?size=2"));
        Assert.Equal(2, first.QuerySelectorAll(".timeline-entry").Length);
        var next = first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!;
        Assert.Equal($"/storylines/{id}?size=2&page=2", next);
        var second = MarkupSafety.Parse(await server.GetHtml(next));
        Assert.NotEqual(first.QuerySelector(".timeline-entry h3")!.TextContent, second.QuerySelector(".timeline-entry h3")!.TextContent);
        Assert.NotNull(second.QuerySelector(".pager a[rel=prev]"));
    }

    [Fact]
    public async Task The_event_page_groups_articles_by_outlet_with_times_and_shows_the_summary()
    {
        var eventId = (await server.GetJson("/api/articles/001_66720f3e99723966")).GetProperty("eventId").GetString();
        var page = MarkupSafety.Parse(await server.GetHtml($"/events/{eventId}"));
        var outlets = page.QuerySelectorAll(".outlet h3").Select(h => h.TextContent).ToList();
        Assert.Contains("الخليج الجديد", outlets);
        Assert.Equal(outlets.Distinct(), outlets);
        Assert.Contains(page.QuerySelectorAll(".outlet .time"), t => t.TextContent.Contains("11:02", StringComparison.Ordinal));
        Assert.NotEmpty(page.QuerySelectorAll(".summary p"));
        Assert.NotEmpty(page.QuerySelectorAll(".quotes blockquote"));
    }

    [Fact]
    public async Task The_article_page_shows_the_clean_text_and_links_to_the_original_only_over_http()
    {
        var page = MarkupSafety.Parse(await server.GetHtml("/articles/002_c4cb800c5c6b35be"));
        Assert.Contains("الكاظمي", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.True(page.QuerySelectorAll(".text p").Length >= 2);
        Assert.Contains(page.QuerySelectorAll(".kicker a"), a => a.GetAttribute("href")!.StartsWith("/events/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_search_page_finds_other_spellings_and_marks_them()
    {
        var page = MarkupSafety.Parse(await server.GetHtml("/search?q=" + Uri.EscapeDataString("الأمريكية")));
        Assert.True(page.QuerySelectorAll(".hit").Length >= 3);
        var marked = page.QuerySelectorAll(".snippet mark").Select(m => m.TextContent).ToHashSet();
        Assert.Contains("الأميركية", marked);
        Assert.Equal("الأمريكية", page.QuerySelector(".search-form input[name=q]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_search_page_keeps_its_filters_in_the_form()
    {
        var page = MarkupSafety.Parse(await server.GetHtml("/search?q=" + Uri.EscapeDataString("الكاظمي") + "&outlet=Sputnik&from=2021-07-01"));
        Assert.Equal("Sputnik", page.QuerySelector("select[name=outlet] option[selected]")!.GetAttribute("value"));
        Assert.Equal("2021-07-01", page.QuerySelector("input[name=from]")!.GetAttribute("value"));
        Assert.All(page.QuerySelectorAll(".hit .meta"), m => Assert.StartsWith("Sputnik", m.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Fonts_and_styles_are_served_from_the_server_itself()
    {
        using var css = await server.Client.GetAsync(new Uri("/static/site.css", UriKind.Relative));
        var sheet = await css.Content.ReadAsStringAsync();
        Assert.Contains("/static/fonts/NotoNaskhArabic-Regular.woff2", sheet, StringComparison.Ordinal);
        Assert.DoesNotContain("://", sheet, StringComparison.Ordinal);
        using var font = await server.Client.GetAsync(new Uri("/static/fonts/NotoNaskhArabic-Regular.woff2", UriKind.Relative));
        Assert.Equal("font/woff2", font.Content.Headers.ContentType?.MediaType);
        Assert.Equal("wOF2"u8.ToArray(), (await font.Content.ReadAsByteArrayAsync())[..4]);
    }
}
