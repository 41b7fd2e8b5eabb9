using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Marsad.Web.Api;

/// <summary>
/// <c>/api/search?q=</c>: articles by their words in any spelling (الأمريكية finds الأميركية), ranked, with
/// highlighted snippets; filtered by <c>outlet</c> and <c>from</c>/<c>to</c>. <c>/api/outlets</c> lists the outlets.
/// </summary>
public static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", Search).WithTags("Search").WithName("Search");
        app.MapGet("/api/outlets", (MarsadData data) => TypedResults.Ok(data.Search.Outlets())).WithTags("Search").WithName("ListOutlets");
        return app;
    }

    private static Results<Ok<SearchView>, ProblemHttpResult> Search(MarsadData data, string? q, string? outlet, string? from,
        string? to, int? page, int? size)
    {
        if (!SearchRequest.TryRead(q, outlet, from, to, page, size, out var query, out var request, out var problem))
        {
            return problem;
        }
        return TypedResults.Ok(ApiMapper.Map(query, data.Search.Search(query), request));
    }
}
