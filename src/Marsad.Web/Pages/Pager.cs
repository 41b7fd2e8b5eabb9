using System.Globalization;
using Marsad.Web.Api;
using Marsad.Web.Html;
using Microsoft.AspNetCore.Http;

namespace Marsad.Web.Pages;

/// <summary>Previous and next links under a list, keeping the request's other parameters; nothing when it fits one page.</summary>
internal static class Pager
{
    public static void Write(HtmlWriter w, HttpRequest request, PageRequest page, int total)
    {
        var pages = page.PageCount(total);
        if (pages <= 1 && page.Page == 1)
        {
            return;
        }
        var query = request.Query.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value.ToString()));
        w.Open("nav", ("class", "pager"), ("aria-label", "الصفحات"));
        if (page.Page > 1)
        {
            w.Element("a", "→ السابق", ("rel", "prev"), ("href", Links.WithPage(request.Path, query, page.Page - 1)));
        }
        w.Element("span", string.Create(CultureInfo.InvariantCulture, $"صفحة {page.Page} من {pages}"), ("class", "pager-position"));
        if (page.Page < pages)
        {
            w.Element("a", "التالي ←", ("rel", "next"), ("href", Links.WithPage(request.Path, query, page.Page + 1)));
        }
        w.Close();
    }
}
