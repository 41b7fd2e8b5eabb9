using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Marsad.Storage;
using Marsad.Storage.Reading;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marsad.Web.Api;

/// <summary>
/// Reads a search's parameters, for the API and the search page alike: words, outlet, entity, a range of days
/// (<c>yyyy-MM-dd</c>, both ends included) and the page. An entity filter is refused while the store holds no
/// entities, rather than answered with nothing.
/// </summary>
public static class SearchRequest
{
    public static bool TryRead(ISearchReader search, SearchParameters p,
        out SearchQuery query, out PageRequest request, [NotNullWhen(false)] out ProblemHttpResult? problem)
    {
        query = new SearchQuery(null);
        if (!Paging.TryRead(p.Page, p.Size, out request, out problem))
        {
            return false;
        }
        if (Blank(p.Entity) is not null && !search.CanFilterByEntity)
        {
            problem = Problems.BadRequest("entity: this database holds no entities yet, so a search cannot be filtered by one.");
            return false;
        }
        var (from, to) = (p.From, p.To);
        if (!TryDay(from, "from", out var first, out problem) || !TryDay(to, "to", out var last, out problem))
        {
            return false;
        }
        if (first > last)
        {
            problem = Problems.BadRequest("from must not be after to.");
            return false;
        }
        query = new SearchQuery(Blank(p.Q), Blank(p.Outlet), Blank(p.Entity), first, last, request.Offset, request.Size);
        return true;
    }

    private static bool TryDay(string? text, string name, out DateOnly? day, [NotNullWhen(false)] out ProblemHttpResult? problem)
    {
        day = null;
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            day = parsed;
            return true;
        }
        problem = Problems.BadRequest($"{name} must be a day written yyyy-MM-dd.");
        return false;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
