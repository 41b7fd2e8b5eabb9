using Marsad.Web.Enrichment;

namespace Marsad.Tests;

/// <summary>
/// The quotation section: the seeds' quotations as stored, and hostile ones from a stand-in source: grouped by
/// speaker, and what they hold is text like everything else.
/// </summary>
[Collection(WebServerCollection.Name)]
public sealed class QuotePageTests(WebServerFixture server)
{
    private const string Evil = "<script>alert('speaker')</script>";

    [Fact]
    public async Task Quotations_render_grouped_by_speaker_and_escaped()
    {
        var eventId = (await server.GetJson("/api/articles/001_66720f3e99723966")).GetProperty("eventId").GetString()!;
        await using var app = await WebServerFixture.Start(server.DatabasePath, new StandIn(eventId));
        using var client = new HttpClient { BaseAddress = WebServerFixture.Address(app) };

        var page = MarkupSafety.Parse(await client.GetStringAsync(new Uri($"/events/{eventId}", UriKind.Relative)));
        MarkupSafety.AssertInert(page);
        Assert.Equal(["مصطفى الكاظمي", Evil], page.QuerySelectorAll(".quotes h3").Select(h => h.TextContent));
        Assert.Equal(3, page.QuerySelectorAll(".quotes blockquote").Length);
        Assert.Contains(page.QuerySelectorAll(".quotes blockquote p"), p => p.TextContent == "<iframe src=javascript:alert(1)>");
        Assert.Equal("/entities/kadhimi", page.QuerySelector(".quotes h3 a")!.GetAttribute("href"));

        var json = await client.GetStringAsync(new Uri($"/api/events/{eventId}", UriKind.Relative));
        Assert.Contains("\"speaker\":\"مصطفى الكاظمي\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_seed_events_show_what_was_said_by_whom()
    {
        var eventId = (await server.GetJson("/api/articles/002_c4cb800c5c6b35be")).GetProperty("eventId").GetString()!;
        var page = MarkupSafety.Parse(await server.GetHtml($"/events/{eventId}"));
        var speakers = page.QuerySelectorAll(".quotes h3").Select(h => h.TextContent).ToList();
        Assert.Equal("مصطفى الكاظمي", speakers[0]);
        Assert.Contains(page.QuerySelectorAll(".quotes blockquote p"),
            p => p.TextContent == "«لسنا بحاجة إلى القوات الأميركية على الأراضي العراقية»");
        var api = await server.GetJson($"/api/events/{eventId}");
        Assert.Contains(api.GetProperty("quotes").EnumerateArray(), q => q.GetProperty("speaker").GetString() == "مصطفى الكاظمي");
    }

    private sealed class StandIn(string eventId) : IQuoteSource
    {
        public IReadOnlyList<QuoteView> EventQuotes(Storage.Reading.EventDetail detail) => detail.Id == eventId
            ?
            [
                new("مصطفى الكاظمي", "kadhimi", "لا نحتاج لقوات قتالية", "001_66720f3e99723966", "الخليج الجديد"),
                new(Evil, null, "<iframe src=javascript:alert(1)>", "000_2eac1bb9ec8be8de", "Sputnik"),
                new("مصطفى الكاظمي", "kadhimi", "العلاقة ستتحول إلى مرحلة جديدة", "000_2eac1bb9ec8be8de", "Sputnik"),
            ]
            : [];
    }
}
