using Microsoft.AspNetCore.Mvc;

namespace Marsad.Web.Api;

/// <summary>A search's query-string parameters, bound as one (<c>[AsParameters]</c>) by the API and the search page.</summary>
/// <param name="Q">The words, in any spelling.</param>
/// <param name="Outlet">An outlet's name, as /api/outlets lists it.</param>
/// <param name="Entity">An entity id; refused (400) while the database holds no entities.</param>
/// <param name="From">The first day, yyyy-MM-dd.</param>
/// <param name="To">The last day, yyyy-MM-dd (included).</param>
public sealed record SearchParameters(
    [property: FromQuery(Name = "q")] string? Q,
    [property: FromQuery(Name = "outlet")] string? Outlet,
    [property: FromQuery(Name = "entity")] string? Entity,
    [property: FromQuery(Name = "from")] string? From,
    [property: FromQuery(Name = "to")] string? To,
    [property: FromQuery(Name = "page")] int? Page,
    [property: FromQuery(Name = "size")] int? Size);
