using Marsad.Web.Html;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marsad.Web.Pages;

/// <summary>Pages for what is not there (404) and for requests that make no sense (400).</summary>
internal static class ErrorPage
{
    public static HtmlResult NotFound(string what) => new(Layout.Render("غير موجود", w => w
        .Element("h1", "غير موجود")
        .Element("p", what)
        .Open("p").Element("a", "العودة إلى القصص", ("href", Links.Home)).Close()), StatusCodes.Status404NotFound);

    public static HtmlResult BadRequest(ProblemHttpResult problem) => new(Layout.Render("طلب غير صالح", w => w
        .Element("h1", "طلب غير صالح")
        .Element("p", problem.ProblemDetails.Detail, ("dir", "ltr"))), StatusCodes.Status400BadRequest);
}
