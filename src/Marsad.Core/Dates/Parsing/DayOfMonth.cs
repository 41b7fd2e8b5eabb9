using Marsad.Dates.Expressions;

namespace Marsad.Dates.Parsing;

/// <summary>
/// The day-of-month number of the dates that write one (<c>11 أبريل</c>, <c>15 من الشهر الجاري</c>), so that a day
/// written alone before them (<c>10 و11 أبريل</c>, <c>من 5 إلى 7 أغسطس</c>) can borrow their month.
/// </summary>
internal static class DayOfMonth
{
    public static int? Of(DateExpression date) => date switch
    {
        CalendarDateExpression { Day: { } day, Month: not null } => day,
        DayOfRelativeMonthExpression relative => relative.Day,
        _ => null,
    };

    /// <summary>The same date on another day of its month.</summary>
    public static DateExpression? With(DateExpression date, int day) => date switch
    {
        CalendarDateExpression { Day: not null, Month: not null } calendar => calendar with { Day = day },
        DayOfRelativeMonthExpression relative => relative with { Day = day },
        _ => null,
    };
}
