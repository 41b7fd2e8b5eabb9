using Microsoft.AspNetCore.Http;

namespace Marsad.Web.Hosting;

/// <summary>
/// The server only reads: any method but GET is refused before routing, whatever the address, so no endpoint
/// added later can change the database by mistake. (HEAD too: the endpoints are GET endpoints, and saying so here
/// gives one clear answer rather than routing's.)
/// </summary>
internal sealed class ReadOnlyMethods(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsGet(context.Request.Method))
        {
            return next(context);
        }
        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.Headers.Allow = "GET";
        return Task.CompletedTask;
    }
}
