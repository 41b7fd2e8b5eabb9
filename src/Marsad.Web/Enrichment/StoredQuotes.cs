using Marsad.Quotes;
using Marsad.Storage.Reading;

namespace Marsad.Web.Enrichment;

/// <summary>
/// The quotations the store read with an event: the most quoted speaker first, each speaker's in time order. A
/// speaker links to their entity page when the event's articles name them as an entity.
/// </summary>
public sealed class StoredQuotes : IQuoteSource
{
    public static StoredQuotes Instance { get; } = new();

    public IReadOnlyList<QuoteView> EventQuotes(EventDetail detail)
    {
        var entities = detail.Entities.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        return SpeakerQuotes.Group(detail.Quotes)
            .SelectMany(speaker =>
            {
                var linked = speaker.Key is { } key && entities.Contains(key) ? key : null;
                return speaker.Quotes.Select(q => new QuoteView(speaker.Name ?? "غير مسمّى", linked, QuotedWords.Shown(q.Quote.Text, q.Quote.Direct), q.ArticleId, q.Outlet));
            })
            .ToList();
    }
}
