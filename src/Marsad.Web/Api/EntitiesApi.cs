using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Marsad.Web.Api;

/// <summary>
/// <c>/api/entities/{id}</c>: an entity (by its key, as events and articles list it) and a page of the events whose
/// articles name it, most recent first.
/// </summary>
public static class EntitiesApi
{
    public static IEndpointRouteBuilder MapEntitiesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/entities/{**id}", One).WithTags("Entities").WithName("GetEntity")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static Results<Ok<EntityPageView>, ProblemHttpResult> One(MarsadData data, string id, int? page, int? size)
    {
        if (!Paging.TryRead(page, size, out var request, out var problem))
        {
            return problem;
        }
        return data.Entities.Entity(id, request.Offset, request.Size) is { } detail
            ? TypedResults.Ok(ApiMapper.Map(detail, request))
            : Problems.NotFound("entity", id);
    }
}
