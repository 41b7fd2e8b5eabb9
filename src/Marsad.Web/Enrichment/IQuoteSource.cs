namespace Marsad.Web.Enrichment;

/// <summary>
/// Quotations for the event pages and the API. They are not in storage yet (quotation extraction is being built
/// beside this host): until a store provides them, <see cref="NoQuotes"/> answers and the quotation sections are
/// left out of pages. Wire a real source here once the store reads them.
/// </summary>
public interface IQuoteSource
{
    /// <summary>The quotations an event's articles report, in the order to show them.</summary>
    IReadOnlyList<QuoteView> EventQuotes(string eventId);
}
