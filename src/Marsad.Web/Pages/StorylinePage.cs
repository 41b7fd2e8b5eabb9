using Marsad.Summaries;
using Marsad.Web.Api;
using Marsad.Web.Html;
using Microsoft.AspNetCore.Http;

namespace Marsad.Web.Pages;

/// <summary>A storyline: the facts its outlets agree on, and its timeline of events, oldest first.</summary>
internal static class StorylinePage
{
    public static IResult Render(MarsadData data, HttpRequest request, string id, int? page, int? size)
    {
        if (!Paging.TryRead(page, size, out var paging, out var problem))
        {
            return ErrorPage.BadRequest(problem);
        }
        if (data.Stories.Storyline(id) is not { } detail)
        {
            return ErrorPage.NotFound("لا توجد قصة بهذا المعرّف.");
        }
        var s = detail.Summary;
        return new HtmlResult(Layout.Render(s.Title, w =>
        {
            w.Element("p", "قصة", ("class", "kicker"));
            w.Element("h1", s.Title);
            w.Open("p", ("class", "meta")).Days(s.First, s.Last).Text(" · ")
                .Text(Fragments.Counts(("الأحداث", s.EventCount), ("المقالات", s.ArticleCount), ("المصادر", s.OutletCount)))
                .Close();
            Facts(w, detail.Facts);
            w.Element("h2", "التسلسل الزمني");
            w.Open("ol", ("class", "timeline"));
            foreach (var e in detail.Timeline.Skip(paging.Offset).Take(paging.Size))
            {
                w.Open("li", ("class", "timeline-entry"));
                w.Open("p", ("class", "timeline-date")).Days(e.First, e.Last).Close();
                w.Open("h3").Element("a", e.Headline, ("href", Links.Event(e.EventId))).Close();
                w.Element("p", Fragments.Counts(("المقالات", e.ArticleCount)) + " · " + Fragments.Outlets(e.Outlets), ("class", "meta"));
                w.Close();
            }
            w.Close();
            Pager.Write(w, request, paging, detail.Timeline.Count);
        }));
    }

    /// <summary>Numbers several outlets report alike («2500 جندي أميركي»), with who reports them.</summary>
    public static void Facts(HtmlWriter w, IReadOnlyList<AgreedFact> facts)
    {
        if (facts.Count == 0)
        {
            return;
        }
        w.Open("section", ("class", "facts"), ("aria-label", "أرقام تتفق عليها المصادر"));
        w.Element("h2", "أرقام تتفق عليها المصادر");
        w.Open("ul");
        foreach (var fact in facts)
        {
            w.Open("li").Element("strong", fact.Phrase).Text(" — ").Element("span", Fragments.Outlets(fact.Outlets), ("class", "meta")).Close();
        }
        w.Close().Close();
    }
}
