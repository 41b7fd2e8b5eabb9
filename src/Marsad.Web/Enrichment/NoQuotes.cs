namespace Marsad.Web.Enrichment;

/// <summary>The source while stores hold no quotations: nothing, never made-up data.</summary>
public sealed class NoQuotes : IQuoteSource
{
    public static NoQuotes Instance { get; } = new();

    public IReadOnlyList<QuoteView> EventQuotes(string eventId) => [];
}
