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
        return detail.Quotes
            .GroupBy(q => q.Quote.SpeakerKey ?? q.Quote.Speaker ?? "", StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .SelectMany(g =>
            {
                // One name for the group: the fullest one written (مصطفى الكاظمي over الكاظمي).
                var name = g.Select(q => q.Quote.Speaker).OfType<string>().OrderByDescending(s => s.Length).FirstOrDefault() ?? "غير مسمّى";
                var linked = g.Key.Length > 0 && entities.Contains(g.Key) ? g.Key : null;
                return g.Select(q => new QuoteView(name, linked, Shown(q.Quote), q.ArticleId, q.Outlet));
            })
            .ToList();
    }

    /// <summary>The speaker's own words in quotation marks; reported speech as the article words it.</summary>
    private static string Shown(Quotation quote) => quote.Direct ? $"«{quote.Text}»" : quote.Text;
}
