using System.Globalization;

namespace Marsad.Cli.Output;

/// <summary>Dates as tables show them: days, and spans of days.</summary>
internal static class DateText
{
    public static string Day(DateTime time) => time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Span(DateTime first, DateTime last) =>
        Day(first) == Day(last) ? Day(first) : $"{Day(first)} → {Day(last)}";
}
