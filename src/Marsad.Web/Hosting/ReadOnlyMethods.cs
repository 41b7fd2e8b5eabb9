using Microsoft.AspNetCore.Http;

namespace Marsad.Web.Hosting;

/// <summary>
/// The server only reads: any method but GET and HEAD is refused before routing, whatever the address, so no
/// endpoint added later can change the database by mistake.
/// </summary>
internal sealed class ReadOnlyMethods(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        {
            return next(context);
        }
        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.Headers.Allow = "GET, HEAD";
        return Task.CompletedTask;
    }
}
