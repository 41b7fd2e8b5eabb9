using Marsad.Web.Api;
using Marsad.Web.Html;
using Microsoft.AspNetCore.Http;

namespace Marsad.Web.Pages;

/// <summary>The home page: storylines, most recent activity first.</summary>
internal static class StorylinesPage
{
    public static IResult Render(MarsadData data, HttpRequest request, int? page, int? size)
    {
        if (!Paging.TryRead(page, size, out var paging, out var problem))
        {
            return ErrorPage.BadRequest(problem);
        }
        var statistics = data.Stories.Statistics();
        var storylines = data.Stories.Storylines(paging.Offset, paging.Size);
        return new HtmlResult(Layout.Render("القصص", w =>
        {
            w.Element("h1", "القصص");
            w.Element("p", Fragments.Counts(("القصص", statistics.Storylines), ("الأحداث", statistics.Events),
                ("المقالات", statistics.Articles), ("المصادر", statistics.Outlets)), ("class", "lede"));
            if (storylines.Count == 0)
            {
                w.Element("p", "لا توجد قصص بعد: أدخل مقالات بالأمر marsad ingest.", ("class", "empty"));
            }
            w.Open("ol", ("class", "cards storylines"));
            foreach (var s in storylines)
            {
                w.Open("li", ("class", "card"));
                w.Open("h2").Element("a", s.Title, ("href", Links.Storyline(s.Id))).Close();
                w.Open("p", ("class", "meta")).Days(s.First, s.Last).Text(" · ")
                    .Text(Fragments.Counts(("الأحداث", s.EventCount), ("المقالات", s.ArticleCount), ("المصادر", s.OutletCount)))
                    .Close();
                w.Close();
            }
            w.Close();
            Pager.Write(w, request, paging, statistics.Storylines);
        }));
    }
}
