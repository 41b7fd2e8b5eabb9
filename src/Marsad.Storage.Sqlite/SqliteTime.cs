using System.Globalization;

namespace Marsad.Storage.Sqlite;

/// <summary>How times are written to and read from the store: ISO 8601 text that sorts as it reads.</summary>
internal static class SqliteTime
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss";

    public static string Write(DateTime time) => time.ToString(Format, CultureInfo.InvariantCulture);

    public static DateTime Read(string text) => DateTime.ParseExact(text, Format, CultureInfo.InvariantCulture);

    public static int Day(DateTime time) => DateOnly.FromDateTime(time).DayNumber;
}
