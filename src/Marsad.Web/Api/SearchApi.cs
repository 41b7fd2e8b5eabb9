using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Marsad.Web.Api;

/// <summary>
/// <c>/api/search?q=</c>: articles by their words in any spelling (الأمريكية finds الأميركية), ranked, with
/// highlighted snippets; filtered by <c>outlet</c>, <c>from</c>/<c>to</c> and (once stored) <c>entity</c>.
/// <c>/api/outlets</c> lists the outlets.
/// </summary>
public static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", Search).WithTags("Search").WithName("Search").ProducesProblem(StatusCodes.Status400BadRequest);
        app.MapGet("/api/outlets", (MarsadData data) => TypedResults.Ok(data.Search.Outlets().Select(ApiMapper.Map).ToList()))
            .WithTags("Search").WithName("ListOutlets");
        return app;
    }

    private static Results<Ok<SearchView>, ProblemHttpResult> Search(MarsadData data, [AsParameters] SearchParameters parameters)
    {
        if (!SearchRequest.TryRead(data.Search, parameters, out var query, out var request, out var problem))
        {
            return problem;
        }
        return TypedResults.Ok(ApiMapper.Map(query, data.Search.Search(query), request));
    }
}
