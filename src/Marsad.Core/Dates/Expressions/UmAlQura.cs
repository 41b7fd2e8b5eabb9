using System.Globalization;

namespace Marsad.Dates.Expressions;

/// <summary>
/// Hijri dates through .NET's Um al-Qura calendar (the Saudi civil calendar), guarded to the years it
/// supports (1318–1500 AH, 1900–2077 CE): outside them a Hijri date has no value rather than a wrong one.
/// </summary>
internal static class UmAlQura
{
    private static readonly UmAlQuraCalendar Calendar = new();
    private static readonly int MinYear = Calendar.GetYear(Calendar.MinSupportedDateTime);
    private static readonly int MaxYear = Calendar.GetYear(Calendar.MaxSupportedDateTime);

    public static bool IsSupportedYear(int year) => year >= MinYear && year <= MaxYear;

    public static bool TryToGregorian(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (!IsSupportedYear(year) || month is < 1 or > 12 || day < 1 || day > Calendar.GetDaysInMonth(year, month))
        {
            return false;
        }
        date = DateOnly.FromDateTime(Calendar.ToDateTime(year, month, day, 0, 0, 0, 0));
        return true;
    }

    /// <summary>
    /// The Hijri year whose <paramref name="month"/> begins in a Gregorian year, for texts that place a Hijri month
    /// by the Gregorian year it falls in (<c>رمضان 2021</c>).
    /// </summary>
    public static bool TryYearOfMonthIn(int gregorianYear, int month, out int hijriYear)
    {
        hijriYear = 0;
        if (gregorianYear is < 1901 or > 2076
            || !TryFromGregorian(new DateOnly(gregorianYear, 7, 1), out var middle, out _, out _))
        {
            return false;
        }
        for (var year = middle - 1; year <= middle + 1; year++)
        {
            if (TryToGregorian(year, month, 1, out var first) && first.Year == gregorianYear)
            {
                hijriYear = year;
                return true;
            }
        }
        return false;
    }

    public static int DaysInMonth(int year, int month) =>
        IsSupportedYear(year) && month is >= 1 and <= 12 ? Calendar.GetDaysInMonth(year, month) : 0;

    /// <summary>The Hijri year, month and day of a Gregorian day, when the calendar covers it.</summary>
    public static bool TryFromGregorian(DateOnly date, out int year, out int month, out int day)
    {
        var moment = date.ToDateTime(TimeOnly.MinValue);
        if (moment < Calendar.MinSupportedDateTime || moment > Calendar.MaxSupportedDateTime)
        {
            year = month = day = 0;
            return false;
        }
        year = Calendar.GetYear(moment);
        month = Calendar.GetMonth(moment);
        day = Calendar.GetDayOfMonth(moment);
        return true;
    }
}
