using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Marsad.Web.Api;

/// <summary><c>/api/articles/{id}</c>: one article, its clean text and everything known about it.</summary>
public static class ArticlesApi
{
    public static IEndpointRouteBuilder MapArticlesApi(this IEndpointRouteBuilder app)
    {
        // A catch-all: ids ingested from folders hold slashes (sub/file).
        app.MapGet("/api/articles/{**id}", One).WithTags("Articles").WithName("GetArticle")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static Results<Ok<ArticleView>, ProblemHttpResult> One(MarsadData data, string id) =>
        data.Stories.Article(id) is { } article
            ? TypedResults.Ok(ApiMapper.Map(article))
            : Problems.NotFound("article", id);
}
