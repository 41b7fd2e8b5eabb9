namespace Marsad.Dates.Expressions;

/// <summary>Days of either calendar as Gregorian days, so that the rest of the code compares one kind of day.</summary>
internal static class CalendarDays
{
    public static bool TryDay(DateCalendar calendar, int year, int month, int day, out DateOnly date)
    {
        if (calendar == DateCalendar.Hijri)
        {
            return UmAlQura.TryToGregorian(year, month, day, out date);
        }
        date = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        date = new DateOnly(year, month, day);
        return true;
    }

    public static int DaysInMonth(DateCalendar calendar, int year, int month) => calendar == DateCalendar.Hijri
        ? UmAlQura.DaysInMonth(year, month)
        : year is >= 1 and <= 9999 && month is >= 1 and <= 12 ? DateTime.DaysInMonth(year, month) : 0;

    /// <summary>The first and last day of a month, or of a year when <paramref name="month"/> is null.</summary>
    public static bool TryPeriod(DateCalendar calendar, int year, int? month, out DateOnly first, out DateOnly last)
    {
        last = default;
        var firstMonth = month ?? 1;
        var lastMonth = month ?? 12;
        return TryDay(calendar, year, firstMonth, 1, out first)
            && TryDay(calendar, year, lastMonth, DaysInMonth(calendar, year, lastMonth), out last);
    }

    /// <summary>The year and month of a Gregorian day in the given calendar.</summary>
    public static bool TryYearMonth(DateCalendar calendar, DateOnly date, out int year, out int month)
    {
        if (calendar == DateCalendar.Hijri)
        {
            return UmAlQura.TryFromGregorian(date, out year, out month, out _);
        }
        year = date.Year;
        month = date.Month;
        return true;
    }
}
