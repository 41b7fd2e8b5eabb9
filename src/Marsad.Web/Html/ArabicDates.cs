using System.Globalization;

namespace Marsad.Web.Html;

/// <summary>
/// Dates as the pages show them: the Gregorian day with its Arabic month name, digits as the outlets write them
/// («25 يوليو 2021»). Written out here rather than through an Arabic culture: ar-SA's default calendar is Hijri.
/// </summary>
internal static class ArabicDates
{
    private static readonly string[] Months =
        ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

    public static string Day(DateTime time) =>
        string.Create(CultureInfo.InvariantCulture, $"{time.Day} {Months[time.Month - 1]} {time.Year}");

    /// <summary>A span of days: one day, or «first – last».</summary>
    public static string Span(DateTime first, DateTime last) =>
        first.Date == last.Date ? Day(first) : $"{Day(first)} – {Day(last)}";

    /// <summary>A stored publication time (ISO, with or without a time of day), or null when there is none to read.</summary>
    public static string? Published(string? published)
    {
        if (published is null || !DateTime.TryParse(published, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var time))
        {
            return published;
        }
        var hasTime = published.Contains('T', StringComparison.Ordinal) && time.TimeOfDay != TimeSpan.Zero;
        return hasTime ? string.Create(CultureInfo.InvariantCulture, $"{Day(time)}، {time:HH:mm}") : Day(time);
    }

    /// <summary>The machine-readable form for <c>&lt;time datetime&gt;</c>.</summary>
    public static string Iso(DateTime time) => time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
