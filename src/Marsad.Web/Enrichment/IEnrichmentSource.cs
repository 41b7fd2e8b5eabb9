namespace Marsad.Web.Enrichment;

/// <summary>
/// Entities and quotations for the pages and the API. They are not in storage yet (they are being built beside
/// this host): until a store provides them, <see cref="NoEnrichment"/> answers, and the sections that show them
/// are left out of pages. Wire a real source here once the store reads them.
/// </summary>
public interface IEnrichmentSource
{
    IReadOnlyList<EntityView> EventEntities(string eventId);

    IReadOnlyList<QuoteView> EventQuotes(string eventId);

    IReadOnlyList<EntityView> ArticleEntities(string articleId);

    /// <summary>One entity and the events that mention it, newest first; null when there is no such entity.</summary>
    EntityDetail? Entity(string id, int offset, int limit);
}
