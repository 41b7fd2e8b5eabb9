using Marsad.Web.Api;
using Marsad.Web.Html;
using Microsoft.AspNetCore.Http;

namespace Marsad.Web.Pages;

/// <summary>An entity (person, place, organization) and the events that mention it, newest first.</summary>
internal static class EntityPage
{
    public static IResult Render(MarsadData data, HttpRequest request, string id, int? page, int? size)
    {
        if (!Paging.TryRead(page, size, out var paging, out var problem))
        {
            return ErrorPage.BadRequest(problem);
        }
        if (data.Enrichment.Entity(id, paging.Offset, paging.Size) is not { } detail)
        {
            return ErrorPage.NotFound("لا يوجد كيان بهذا المعرّف.");
        }
        return new HtmlResult(Layout.Render(detail.Entity.Name, w =>
        {
            w.Element("p", "كيان", ("class", "kicker"));
            w.Element("h1", detail.Entity.Name);
            w.Element("p", Fragments.Counts(("المقالات", detail.Entity.ArticleCount), ("الأحداث", detail.EventTotal)), ("class", "meta"));
            w.Open("ol", ("class", "timeline"));
            foreach (var e in detail.Events)
            {
                w.Open("li", ("class", "timeline-entry"));
                w.Open("p", ("class", "timeline-date")).Days(e.First, e.Last).Close();
                w.Open("h3").Element("a", e.Headline, ("href", Links.Event(e.EventId))).Close();
                w.Close();
            }
            w.Close();
            Pager.Write(w, request, paging, detail.EventTotal);
        }));
    }
}
