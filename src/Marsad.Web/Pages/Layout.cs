using Marsad.Web.Html;

namespace Marsad.Web.Pages;

/// <summary>
/// The frame of every page: Arabic, right to left, phone-width first; the site's name, its two sections and a
/// search box. No script: pages work as plain documents.
/// </summary>
internal static class Layout
{
    public static string Render(string title, Action<HtmlWriter> main, string? query = null)
    {
        var w = new HtmlWriter().Doctype();
        w.Open("html", ("lang", "ar"), ("dir", "rtl"));
        w.Open("head")
            .Void("meta", ("charset", "utf-8"))
            .Void("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1"))
            .Element("title", title + " · مرصد")
            .Void("link", ("rel", "stylesheet"), ("href", "/static/site.css"))
            // Browsers ask for /favicon.ico otherwise, and log its 404 as an error on every page.
            .Void("link", ("rel", "icon"), ("href", "/static/favicon.svg"), ("type", "image/svg+xml"))
            .Close();
        w.Open("body");
        Header(w, query);
        w.Open("main", ("id", "main"));
        main(w);
        w.Close();
        w.Open("footer", ("class", "site-footer"))
            .Text("مرصد: أحداث وقصص من الأخبار العربية. ")
            .Element("a", "واجهة JSON", ("href", "/openapi/v1.json"))
            .Close();
        w.Close().Close();
        return w.Build();
    }

    private static void Header(HtmlWriter w, string? query)
    {
        w.Open("header", ("class", "site-header"));
        w.Element("a", "مرصد", ("class", "brand"), ("href", Links.Home));
        w.Open("nav", ("aria-label", "الأقسام"))
            .Element("a", "القصص", ("href", Links.Home))
            .Element("a", "البحث", ("href", Links.SearchPage))
            .Close();
        w.Open("form", ("class", "header-search"), ("action", Links.SearchPage), ("method", "get"), ("role", "search"))
            .Void("input", ("type", "search"), ("name", "q"), ("value", query), ("placeholder", "ابحث في المقالات"), ("aria-label", "بحث"))
            .Element("button", "بحث", ("type", "submit"))
            .Close();
        w.Close();
    }
}
