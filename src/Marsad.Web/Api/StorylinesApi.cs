using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Marsad.Web.Api;

/// <summary><c>/api/storylines</c>: storylines, most recently active first; one storyline with a page of its timeline.</summary>
public static class StorylinesApi
{
    public static IEndpointRouteBuilder MapStorylinesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/storylines").WithTags("Storylines");
        api.MapGet("/", List).WithName("ListStorylines").ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/{id}", One).WithName("GetStoryline")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static Results<Ok<PageOf<StorylineItem>>, ProblemHttpResult> List(MarsadData data, int? page, int? size)
    {
        if (!Paging.TryRead(page, size, out var request, out var problem))
        {
            return problem;
        }
        var items = data.Stories.Storylines(request.Offset, request.Size).Select(ApiMapper.Map).ToList();
        return TypedResults.Ok(new PageOf<StorylineItem>(items, request.Page, request.Size, data.Stories.Statistics().Storylines));
    }

    private static Results<Ok<StorylineView>, ProblemHttpResult> One(MarsadData data, string id, int? page, int? size)
    {
        if (!Paging.TryRead(page, size, out var request, out var problem))
        {
            return problem;
        }
        return data.Stories.Storyline(id) is { } detail
            ? TypedResults.Ok(ApiMapper.Map(detail, request))
            : Problems.NotFound("storyline", id);
    }
}
