using Marsad.Storage.Reading;

namespace Marsad.Web.Enrichment;

/// <summary>Quotations for the event pages and the API, as they are shown (<see cref="StoredQuotes"/> in the app).</summary>
public interface IQuoteSource
{
    /// <summary>The quotations an event's articles report, in the order to show them.</summary>
    IReadOnlyList<QuoteView> EventQuotes(EventDetail detail);
}
