using System.Globalization;
using Marsad.Search;
using Marsad.Storage.Reading;
using Marsad.Web.Api;
using Marsad.Web.Html;
using Microsoft.AspNetCore.Http;

namespace Marsad.Web.Pages;

/// <summary>
/// Search: words in any spelling, an outlet, a range of days; hits ranked with their matching words marked.
/// A form sent by GET, so every search is an address that can be kept and shared.
/// </summary>
internal static class SearchPage
{
    public static IResult Render(MarsadData data, HttpRequest request, SearchParameters parameters)
    {
        if (!SearchRequest.TryRead(data.Search, parameters, out var query, out var paging, out var problem))
        {
            return ErrorPage.BadRequest(problem);
        }
        var searched = query is not { Text: null, Outlet: null, Entity: null, From: null, To: null };
        var results = searched ? data.Search.Search(query) : null;
        return new HtmlResult(Layout.Render(query.Text ?? "البحث", w =>
        {
            w.Element("h1", "البحث");
            Form(w, query, data.Search.Outlets());
            if (results is null)
            {
                w.Element("p", "تجد الكلمة بصيغها وتهجئاتها: «الأمريكية» تجد «الأميركية» و«أمريكا».", ("class", "empty"));
                return;
            }
            Results(w, results);
            Pager.Write(w, request, paging, results.Total);
        }, query.Text));
    }

    private static void Form(HtmlWriter w, SearchQuery query, IReadOnlyList<OutletSummary> outlets)
    {
        w.Open("form", ("class", "search-form"), ("action", Links.SearchPage), ("method", "get"), ("role", "search"));
        if (query.Entity is not null)
        {
            // An entity filter comes from an entity's page; it is kept, and said, rather than offered as a field.
            w.Void("input", ("type", "hidden"), ("name", "entity"), ("value", query.Entity));
            w.Open("p", ("class", "note")).Text("في المقالات التي تذكر ")
                .Element("a", "هذا الكيان", ("href", Links.Entity(query.Entity))).Close();
        }
        w.Open("label").Text("الكلمات").Void("input", ("type", "search"), ("name", "q"), ("value", query.Text)).Close();
        w.Open("label").Text("المصدر").Open("select", ("name", "outlet"));
        w.Element("option", "كل المصادر", ("value", ""));
        foreach (var o in outlets)
        {
            w.Element("option", string.Create(CultureInfo.InvariantCulture, $"{o.Name} ({o.ArticleCount})"),
                ("value", o.Name), ("selected", o.Name == query.Outlet ? "selected" : null));
        }
        w.Close().Close();
        w.Open("label").Text("من").Void("input", ("type", "date"), ("name", "from"), ("value", Day(query.From))).Close();
        w.Open("label").Text("إلى").Void("input", ("type", "date"), ("name", "to"), ("value", Day(query.To))).Close();
        w.Element("button", "ابحث", ("type", "submit"));
        w.Close();
    }

    private static void Results(HtmlWriter w, SearchResults results)
    {
        w.Element("p", Fragments.Counts(("النتائج", results.Total)), ("class", "lede"));
        if (results.Ignored.Count > 0)
        {
            w.Element("p", "كلمات لم يُبحث عنها: " + string.Join("، ", results.Ignored), ("class", "note"));
        }
        w.Open("ol", ("class", "hits"));
        foreach (var hit in results.Hits)
        {
            w.Open("li", ("class", "hit"));
            w.Open("h2").Open("a", ("href", Links.Article(hit.Article.Id))).Snippet(hit.Title).Close().Close();
            w.Open("p", ("class", "meta")).Text(hit.Article.Outlet ?? "مصدر غير معروف").Text(" · ")
                .Text(ArabicDates.Published(hit.Article.Published) ?? "دون تاريخ").Text(" · ")
                .Element("a", "الحدث", ("href", Links.Event(hit.EventId)));
            if (hit.Match == MatchKind.Variant)
            {
                w.Text(" · ").Element("span", "بتهجئة أخرى", ("class", "badge"));
            }
            w.Close();
            w.Open("p", ("class", "snippet")).Snippet(hit.Snippet).Close();
            w.Close();
        }
        w.Close();
    }

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
