namespace Marsad.Storage.Reading;

/// <summary>
/// Quotations of one speaker: their key, the fullest form of their name written (مصطفى الكاظمي over الكاظمي; null
/// when nobody is named), and what they said, in the order given.
/// </summary>
public sealed record SpeakerQuotes(string? Key, string? Name, IReadOnlyList<EventQuote> Quotes)
{
    /// <summary>Quotations grouped by speaker, the most quoted first (ties in the order they first speak).</summary>
    public static IReadOnlyList<SpeakerQuotes> Group(IEnumerable<EventQuote> quotes) =>
        quotes.GroupBy(q => q.Quote.SpeakerKey ?? q.Quote.Speaker ?? "", StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .Select(g => new SpeakerQuotes(g.Key.Length > 0 ? g.Key : null,
                g.Select(q => q.Quote.Speaker).OfType<string>().OrderByDescending(s => s.Length).FirstOrDefault(), g.ToList()))
            .ToList();
}
