using Microsoft.AspNetCore.Http;

namespace Marsad.Web.Html;

/// <summary>A finished page as a response: UTF-8 HTML with its status code.</summary>
internal sealed class HtmlResult(string html, int statusCode = StatusCodes.Status200OK) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = statusCode;
        httpContext.Response.ContentType = "text/html; charset=utf-8";
        return httpContext.Response.WriteAsync(html, httpContext.RequestAborted);
    }
}
