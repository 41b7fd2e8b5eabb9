using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marsad.Web.Api;

/// <summary>The API's errors, as RFC 9457 problem details.</summary>
public static class Problems
{
    public static ProblemHttpResult NotFound(string what, string id) =>
        TypedResults.Problem(title: "Not found", detail: $"No {what} with id «{id}».", statusCode: StatusCodes.Status404NotFound);

    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(title: "Bad request", detail: detail, statusCode: StatusCodes.Status400BadRequest);
}
