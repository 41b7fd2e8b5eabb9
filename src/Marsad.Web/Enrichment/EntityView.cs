using System.Globalization;
using Marsad.Entities;

namespace Marsad.Web.Enrichment;

/// <summary>An entity as pages and the API show it: its key (the id in its address), its name as most articles write it, its kind.</summary>
/// <param name="Kind">person, location, organization or miscellaneous.</param>
public sealed record EntityView(string Id, string Name, string Kind)
{
    public static EntityView Of(string key, string name, EntityType type) =>
        new(key, name, type.ToString().ToLower(CultureInfo.InvariantCulture));
}
