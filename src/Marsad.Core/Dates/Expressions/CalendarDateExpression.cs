namespace Marsad.Dates.Expressions;

/// <summary>
/// A calendar date at the precision the text gives: <c>26 يوليو 2021</c>, <c>أبريل الماضي</c>,
/// <c>5 شوال 1436هـ</c>, <c>رمضان</c>, <c>عام 2014</c>. A missing year comes from the reference day, as the
/// relation says: the one before it (<c>الماضي</c>), its own (<c>الجاري</c>), the one after (<c>المقبل</c>), or
/// when nothing is said the one that puts the date nearest to it (a future one counting double, as news reports
/// more than it announces); or the year is counted from the reference year
/// (<c>يونيو من العام الماضي</c>, <paramref name="YearOffset"/> -1).
/// </summary>
internal sealed record CalendarDateExpression(
    DateCalendar Calendar,
    int? Year,
    int? Month,
    int? Day,
    TimeRelation Relation = TimeRelation.Unstated,
    int? YearOffset = null) : DateExpression
{
    public override DateKind Kind => DateKind.Date;

    public override bool NamesDay => Day is not null && Month is not null;

    public override string? Resolve(DateOnly? reference)
    {
        var year = Year ?? ChooseYear(reference);
        if (year is not { } y)
        {
            return null;
        }
        if (Day is { } d && Month is { } m)
        {
            return CalendarDays.TryDay(Calendar, y, m, d, out var day) ? IsoFormat.Day(day) : null;
        }
        if (Calendar == DateCalendar.Gregorian)
        {
            return Month is { } month ? IsoFormat.Month(y, month) : IsoFormat.Year(y);
        }
        // A Hijri month or year straddles Gregorian ones: its value is the interval of days it covers.
        return CalendarDays.TryPeriod(Calendar, y, Month, out var first, out var last)
            ? IsoFormat.Interval(first, last)
            : null;
    }

    public override DateOnly? ResolveDay(DateOnly? reference) =>
        (Year ?? ChooseYear(reference)) is { } y && Month is { } m && Day is { } d
            && CalendarDays.TryDay(Calendar, y, m, d, out var day)
            ? day
            : null;

    /// <summary><c>26 يوليو الجاري</c> is only true when written in July.</summary>
    public override bool? AgreesWithPublication(DateOnly publication)
    {
        if (Relation != TimeRelation.Current || Year is not null || YearOffset is not null || Month is not { } month)
        {
            return null;
        }
        return CalendarDays.TryYearMonth(Calendar, publication, out _, out var publishedMonth) && publishedMonth == month;
    }

    private int? ChooseYear(DateOnly? reference)
    {
        if (reference is not { } today || Month is not { } month
            || !CalendarDays.TryYearMonth(Calendar, today, out var thisYear, out _))
        {
            return null;
        }
        if (YearOffset is { } offset)
        {
            return thisYear + offset;
        }
        if (Relation == TimeRelation.Current)
        {
            return thisYear;
        }
        int? best = null;
        var bestDistance = int.MaxValue;
        for (var year = thisYear + 1; year >= thisYear - 1; year--)
        {
            if (!TryPeriod(year, month, out var first, out var last))
            {
                continue;
            }
            switch (Relation)
            {
                case TimeRelation.Past when last < today:
                    return year;
                case TimeRelation.Next when first > today:
                    best = year;
                    break;
                case TimeRelation.Unstated:
                    // News reports more than it announces: a future candidate counts twice as far.
                    var middle = first.AddDays((last.DayNumber - first.DayNumber) / 2);
                    var distance = middle > today ? 2 * (middle.DayNumber - today.DayNumber) : today.DayNumber - middle.DayNumber;
                    if (distance < bestDistance)
                    {
                        (best, bestDistance) = (year, distance);
                    }
                    break;
                default:
                    break;
            }
        }
        return best;
    }

    /// <summary>The days the date covers in a candidate year: one day, or the whole month.</summary>
    private bool TryPeriod(int year, int month, out DateOnly first, out DateOnly last)
    {
        if (Day is { } day)
        {
            var ok = CalendarDays.TryDay(Calendar, year, month, day, out first);
            last = first;
            return ok;
        }
        return CalendarDays.TryPeriod(Calendar, year, month, out first, out last);
    }
}
