using Marsad.Web.Api;
using Marsad.Web.Html;
using Microsoft.AspNetCore.Http;

namespace Marsad.Web.Pages;

/// <summary>An article: its clean text with quotations and entities marked, where and when it was published, and a link to the original address.</summary>
internal static class ArticlePage
{
    public static IResult Render(MarsadData data, string id)
    {
        if (data.Stories.Article(id) is not { } a)
        {
            return ErrorPage.NotFound("لا توجد مقالة بهذا المعرّف.");
        }
        return new HtmlResult(Layout.Render(a.Title, w =>
        {
            w.Open("p", ("class", "kicker")).Element("a", "الحدث", ("href", Links.Event(a.EventId))).Text(" · ")
                .Element("a", "القصة", ("href", Links.Storyline(a.StorylineId))).Close();
            w.Open("article", ("class", "article"));
            w.Element("h1", a.Title);
            w.Open("dl", ("class", "facts-list"));
            Fact(w, "المصدر", a.Outlet);
            Fact(w, "النشر", ArabicDates.Published(a.Published));
            Fact(w, "الكاتب", a.Author);
            Fact(w, "المكان", a.Dateline);
            Fact(w, "الوكالة", a.Agency);
            w.Close();
            if (a.DuplicateOf is not null)
            {
                w.Open("p", ("class", "note")).Text("هذه المقالة نسخة من ")
                    .Element("a", "مقالة نُشرت قبلها", ("href", Links.Article(a.DuplicateOf))).Text(".").Close();
            }
            Original(w, a.Url);
            EnrichmentSections.Entities(w, ApiMapper.Entities(a));
            w.Open("div", ("class", "text"));
            MarkedText.Write(w, a);
            w.Close().Close();
        }));
    }

    private static void Fact(HtmlWriter w, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            w.Element("dt", label).Element("dd", value);
        }
    }

    /// <summary>A link only for http and https addresses; any other address is shown as text, never followed.</summary>
    private static void Original(HtmlWriter w, string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return;
        }
        w.Open("p", ("class", "original"));
        if (SafeUrl.Http(url) is { } href)
        {
            w.Element("a", "المقالة الأصلية", ("href", href), ("rel", "noopener noreferrer nofollow"));
        }
        else
        {
            w.Text("العنوان الأصلي (ليس رابطًا آمنًا): ").Element("code", url, ("dir", "ltr"));
        }
        w.Close();
    }
}
