using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Marsad.Web.Api;

/// <summary><c>/api/events/{id}</c>: an event, its summary and agreed facts, and a page of its articles.</summary>
public static class EventsApi
{
    public static IEndpointRouteBuilder MapEventsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/events/{id}", One).WithTags("Events").WithName("GetEvent")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static Results<Ok<EventView>, ProblemHttpResult> One(MarsadData data, string id, int? page, int? size)
    {
        if (!Paging.TryRead(page, size, out var request, out var problem))
        {
            return problem;
        }
        return data.Stories.Event(id) is { } detail
            ? TypedResults.Ok(ApiMapper.Map(detail, request, data.Quotes))
            : Problems.NotFound("event", id);
    }
}
