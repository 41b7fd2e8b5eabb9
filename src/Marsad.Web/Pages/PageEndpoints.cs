using Marsad.Web.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marsad.Web.Pages;

/// <summary>The Arabic pages, server-rendered; left out of the OpenAPI document, which describes /api only.</summary>
public static class PageEndpoints
{
    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("").ExcludeFromDescription();
        pages.MapGet("/", (MarsadData data, HttpRequest request, int? page, int? size) => StorylinesPage.Render(data, request, page, size));
        pages.MapGet("/storylines/{id}", (MarsadData data, HttpRequest request, string id, int? page, int? size) =>
            StorylinePage.Render(data, request, id, page, size));
        pages.MapGet("/events/{id}", (MarsadData data, HttpRequest request, string id, int? page, int? size) =>
            EventPage.Render(data, request, id, page, size));
        pages.MapGet("/articles/{**id}", (MarsadData data, string id) => ArticlePage.Render(data, id));
        pages.MapGet("/entities/{**id}", (MarsadData data, HttpRequest request, string id, int? page, int? size) =>
            EntityPage.Render(data, request, id, page, size));
        pages.MapGet("/search", (MarsadData data, HttpRequest request, [AsParameters] SearchParameters parameters) =>
            SearchPage.Render(data, request, parameters));
        return app;
    }
}
