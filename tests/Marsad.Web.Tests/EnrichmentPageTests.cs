using Marsad.Storage.Reading;
using Marsad.Web.Enrichment;

namespace Marsad.Tests;

/// <summary>
/// The entity and quotation sections, with a source standing in for the store that will hold them: they render
/// when there is data, quotations grouped by speaker, and what they hold is text like everything else.
/// </summary>
[Collection(WebServerCollection.Name)]
public sealed class EnrichmentPageTests(WebServerFixture server)
{
    private const string Evil = "<script>alert('entity')</script>";

    [Fact]
    public async Task Entities_and_quotations_render_grouped_and_escaped()
    {
        var eventId = (await server.GetJson("/api/articles/001_66720f3e99723966")).GetProperty("eventId").GetString()!;
        await using var app = await WebServerFixture.Start(server.DatabasePath, new StandIn(eventId));
        using var client = new HttpClient { BaseAddress = WebServerFixture.Address(app) };

        var page = MarkupSafety.Parse(await client.GetStringAsync(new Uri($"/events/{eventId}", UriKind.Relative)));
        MarkupSafety.AssertInert(page);
        Assert.Equal(["مصطفى الكاظمي", "بغداد" + Evil], page.QuerySelectorAll(".entities a").Select(a => a.TextContent));
        Assert.Equal(["مصطفى الكاظمي", Evil], page.QuerySelectorAll(".quotes h3").Select(h => h.TextContent));
        Assert.Equal(3, page.QuerySelectorAll(".quotes blockquote").Length);
        Assert.Equal("/entities/kadhimi", page.QuerySelector(".quotes h3 a")!.GetAttribute("href"));

        var entity = MarkupSafety.Parse(await client.GetStringAsync(new Uri("/entities/kadhimi", UriKind.Relative)));
        Assert.Equal("مصطفى الكاظمي", entity.QuerySelector("h1")!.TextContent);
        Assert.Single(entity.QuerySelectorAll(".timeline-entry"));
        var json = await client.GetStringAsync(new Uri("/api/entities/kadhimi", UriKind.Relative));
        Assert.Contains("\"name\":\"مصطفى الكاظمي\"", json, StringComparison.Ordinal);
    }

    private sealed class StandIn(string eventId) : IEnrichmentSource
    {
        private static readonly EntityView Kadhimi = new("kadhimi", "مصطفى الكاظمي", "person", 5);

        public IReadOnlyList<EntityView> EventEntities(string id) => id == eventId
            ? [Kadhimi, new EntityView("baghdad\"><script>", "بغداد" + Evil, "place", 2)]
            : [];

        public IReadOnlyList<QuoteView> EventQuotes(string id) => id == eventId
            ?
            [
                new("مصطفى الكاظمي", "kadhimi", "لا نحتاج لقوات قتالية", "001_66720f3e99723966", "الخليج الجديد"),
                new(Evil, null, "<iframe src=javascript:alert(1)>", "000_2eac1bb9ec8be8de", "Sputnik"),
                new("مصطفى الكاظمي", "kadhimi", "العلاقة ستتحول إلى مرحلة جديدة", "000_2eac1bb9ec8be8de", "Sputnik"),
            ]
            : [];

        public IReadOnlyList<EntityView> ArticleEntities(string articleId) => [];

        public EntityDetail? Entity(string id, int offset, int limit) => id == Kadhimi.Id
            ? new EntityDetail(Kadhimi, [new TimelineEntry(eventId, new DateTime(2021, 7, 25), new DateTime(2021, 7, 25), "حدث", 2, [])], 1)
            : null;
    }
}
