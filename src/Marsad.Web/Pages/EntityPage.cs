using Marsad.Quotes;
using Marsad.Web.Api;
using Marsad.Web.Html;
using Microsoft.AspNetCore.Http;

namespace Marsad.Web.Pages;

/// <summary>An entity (person, place, organization) and the events whose articles name it, most recent first.</summary>
internal static class EntityPage
{
    public static IResult Render(MarsadData data, HttpRequest request, string id, int? page, int? size)
    {
        if (!Paging.TryRead(page, size, out var paging, out var problem))
        {
            return ErrorPage.BadRequest(problem);
        }
        if (data.Entities.Entity(id, paging.Offset, paging.Size) is not { } detail)
        {
            return ErrorPage.NotFound("لا يوجد كيان بهذا المعرّف.");
        }
        var entity = detail.Entity;
        return new HtmlResult(Layout.Render(entity.Name, w =>
        {
            w.Element("p", EnrichmentSections.KindName(ApiMapper.Map(entity).Kind), ("class", "kicker"));
            w.Element("h1", entity.Name);
            w.Open("p", ("class", "meta"))
                .Text(Fragments.Counts(("المقالات", entity.Articles), ("الإشارات", entity.Mentions), ("الأحداث", detail.EventTotal)))
                .Text(" · ").Element("a", "ابحث في مقالاته", ("href", Links.SearchEntity(entity.Key)))
                .Close();
            Said(w, ApiMapper.Map(detail, paging).Said);
            w.Element("h2", "الأحداث");
            w.Open("ol", ("class", "timeline"));
            foreach (var e in detail.Events)
            {
                w.Open("li", ("class", "timeline-entry"));
                w.Open("p", ("class", "timeline-date")).Days(e.First, e.Last).Close();
                w.Open("h3").Element("a", e.Headline, ("href", Links.Event(e.EventId))).Close();
                w.Element("p", Fragments.Counts(("المقالات", e.ArticleCount)), ("class", "meta"));
                w.Close();
            }
            w.Close();
            Pager.Write(w, request, paging, detail.EventTotal);
        }));
    }

    /// <summary>What the entity said, most recent first; left out when it said nothing the articles quote.</summary>
    private static void Said(HtmlWriter w, IReadOnlyList<SaidView> said)
    {
        if (said.Count == 0)
        {
            return;
        }
        w.Open("section", ("class", "quotes"), ("aria-label", "أقواله"));
        w.Element("h2", "ماذا قال");
        foreach (var quote in said)
        {
            w.Open("blockquote").Element("p", QuotedWords.Shown(quote.Text, quote.Direct))
                .Open("footer").Text(quote.Published is { Length: >= 10 } day ? day[..10] + " · " : "")
                .Element("a", quote.Outlet ?? "المصدر", ("href", Links.Article(quote.ArticleId))).Close()
                .Close();
        }
        w.Close();
    }
}
