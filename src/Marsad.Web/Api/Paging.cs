using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marsad.Web.Api;

/// <summary>
/// Reads <c>page</c> and <c>size</c> for every list, API and pages alike. Out of range is a 400, never silently
/// clamped: a script asking for page 0 or 10,000 items has a bug worth hearing about.
/// </summary>
public static class Paging
{
    public const int DefaultSize = 20;
    public const int MaxSize = 100;

    /// <summary>Deep pages cost a scan of everything before them; nobody reads past this by paging.</summary>
    public const int MaxPage = 10_000;

    public static bool TryRead(int? page, int? size, out PageRequest request, [NotNullWhen(false)] out ProblemHttpResult? problem)
    {
        request = new PageRequest(page ?? 1, size ?? DefaultSize);
        problem = null;
        if (request.Page is < 1 or > MaxPage)
        {
            problem = Problems.BadRequest($"page must be between 1 and {MaxPage}.");
        }
        else if (request.Size is < 1 or > MaxSize)
        {
            problem = Problems.BadRequest($"size must be between 1 and {MaxSize}.");
        }
        return problem is null;
    }
}
