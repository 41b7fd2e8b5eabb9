using System.Globalization;

namespace Marsad.Articles;

/// <summary>
/// A publication date as news gives it: a wall-clock date, with the time of day when known.
/// News pages rarely say which time zone they mean, so none is invented.
/// </summary>
public readonly record struct PublicationDate(DateTime Value, bool HasTime)
{
    public DateOnly Day => DateOnly.FromDateTime(Value);

    public static PublicationDate OfDay(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), false);

    /// <summary>ISO 8601: <c>2021-07-25</c>, or <c>2021-07-25T11:02:00</c> when the time is known.</summary>
    public string ToIso() => HasTime
        ? Value.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)
        : Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public override string ToString() => ToIso();

    /// <summary>Reads ISO 8601 dates and date-times, with or without an offset (the offset is dropped).</summary>
    public static bool TryParseIso(string? text, out PublicationDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var trimmed = text.Trim();
        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            date = OfDay(day);
            return true;
        }
        if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture,
                DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var moment))
        {
            date = new PublicationDate(moment.DateTime, true);
            return true;
        }
        return false;
    }
}
