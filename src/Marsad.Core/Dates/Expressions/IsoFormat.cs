using System.Globalization;

namespace Marsad.Dates.Expressions;

/// <summary>ISO 8601 strings at each precision a text can give.</summary>
internal static class IsoFormat
{
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Month(int year, int month) =>
        string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");

    public static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    public static string Week(DateOnly day)
    {
        var moment = day.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture,
            $"{ISOWeek.GetYear(moment):D4}-W{ISOWeek.GetWeekOfYear(moment):D2}");
    }

    /// <summary>A time of day: <c>T10:00</c>; after a day it reads <c>2021-07-25T11:02</c>.</summary>
    public static string Clock(int hour, int minute) =>
        string.Create(CultureInfo.InvariantCulture, $"T{hour:D2}:{minute:D2}");

    public static string Interval(DateOnly first, DateOnly last) => Day(first) + "/" + Day(last);

    /// <summary>The first two digits of a century's years, as TimeML writes centuries: the 20th is <c>19</c>.</summary>
    public static string Century(int ordinal) => (ordinal - 1).ToString("D2", CultureInfo.InvariantCulture);

    /// <summary>The first three digits of a decade's years: the fifties of the 20th century are <c>195</c>.</summary>
    public static string Decade(int firstYear) => (firstYear / 10).ToString("D3", CultureInfo.InvariantCulture);
}
