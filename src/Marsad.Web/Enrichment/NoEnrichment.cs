namespace Marsad.Web.Enrichment;

/// <summary>The source while stores hold no entities or quotations: nothing, never made-up data.</summary>
public sealed class NoEnrichment : IEnrichmentSource
{
    public static NoEnrichment Instance { get; } = new();

    public IReadOnlyList<EntityView> EventEntities(string eventId) => [];

    public IReadOnlyList<QuoteView> EventQuotes(string eventId) => [];

    public IReadOnlyList<EntityView> ArticleEntities(string articleId) => [];

    public EntityDetail? Entity(string id, int offset, int limit) => null;
}
