using Marsad.Storage.Reading;
using Marsad.Web.Api;
using Marsad.Web.Html;
using Microsoft.AspNetCore.Http;

namespace Marsad.Web.Pages;

/// <summary>
/// An event: its headline, summary and agreed facts, who and where its articles name, what was said (once the
/// store holds quotations), and its articles grouped by outlet, with when each was published.
/// </summary>
internal static class EventPage
{
    public static IResult Render(MarsadData data, HttpRequest request, string id, int? page, int? size)
    {
        if (!Paging.TryRead(page, size, out var paging, out var problem))
        {
            return ErrorPage.BadRequest(problem);
        }
        if (data.Stories.Event(id) is not { } e)
        {
            return ErrorPage.NotFound("لا يوجد حدث بهذا المعرّف.");
        }
        return new HtmlResult(Layout.Render(e.Headline, w =>
        {
            w.Open("p", ("class", "kicker")).Text("حدث في قصة: ").Element("a", e.StorylineTitle, ("href", Links.Storyline(e.StorylineId))).Close();
            w.Element("h1", e.Headline);
            w.Open("p", ("class", "meta")).Days(e.First, e.Last).Text(" · ")
                .Text(Fragments.Counts(("المقالات", e.Articles.Count))).Text(" · ").Text(Fragments.Outlets(e.Outlets)).Close();
            Summary(w, e);
            StorylinePage.Facts(w, e.Summary?.Facts ?? []);
            EnrichmentSections.Entities(w, e.Entities.Select(ApiMapper.Map).ToList());
            EnrichmentSections.Quotes(w, data.Quotes.EventQuotes(e));
            w.Element("h2", "المقالات حسب المصدر");
            ArticlesByOutlet(w, e.Articles.Skip(paging.Offset).Take(paging.Size));
            Pager.Write(w, request, paging, e.Articles.Count);
        }));
    }

    private static void Summary(HtmlWriter w, EventDetail e)
    {
        if (e.Summary is not { Sentences.Count: > 0 } summary)
        {
            return;
        }
        w.Open("section", ("class", "summary"), ("aria-label", "الملخص"));
        w.Element("h2", "الملخص");
        foreach (var sentence in summary.Sentences)
        {
            w.Open("p").Text(sentence.Text).Text(" ")
                .Element("a", "(" + (sentence.Outlet ?? "المصدر") + ")", ("class", "source"), ("href", Links.Article(sentence.ArticleId)))
                .Close();
        }
        w.Close();
    }

    /// <summary>Outlets in the order they first reported; each one's articles in time order, copies marked.</summary>
    private static void ArticlesByOutlet(HtmlWriter w, IEnumerable<ArticleSummary> articles)
    {
        foreach (var outlet in articles.GroupBy(a => a.Outlet ?? "مصدر غير معروف", StringComparer.Ordinal))
        {
            w.Open("section", ("class", "outlet"));
            w.Element("h3", outlet.Key);
            w.Open("ul", ("class", "articles"));
            foreach (var a in outlet)
            {
                w.Open("li");
                w.Element("span", ArabicDates.Published(a.Published) ?? "دون تاريخ", ("class", "time"));
                w.Text(" ").Element("a", a.Title, ("href", Links.Article(a.Id)));
                if (a.DuplicateOf is not null)
                {
                    w.Text(" ").Element("a", "نسخة منشورة من قبل", ("class", "badge"), ("href", Links.Article(a.DuplicateOf)));
                }
                w.Close();
            }
            w.Close().Close();
        }
    }
}
