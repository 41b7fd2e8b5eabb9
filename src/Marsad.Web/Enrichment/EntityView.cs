namespace Marsad.Web.Enrichment;

/// <summary>An entity as pages list it: its id, its name as most articles write it, and its kind.</summary>
/// <param name="Kind">person, place, organization, or another kind the tagger gives.</param>
public sealed record EntityView(string Id, string Name, string Kind, int ArticleCount);
