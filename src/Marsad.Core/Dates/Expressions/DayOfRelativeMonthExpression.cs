namespace Marsad.Dates.Expressions;

/// <summary>A day of a month named relatively: <c>15 من الشهر الجاري</c>, <c>الأول من الشهر المقبل</c>.</summary>
internal sealed record DayOfRelativeMonthExpression(int Day, int MonthOffset) : DateExpression
{
    public override DateKind Kind => DateKind.Date;

    public override bool NamesDay => true;

    public override string? Resolve(DateOnly? reference) =>
        ResolveDay(reference) is { } day ? IsoFormat.Day(day) : null;

    public override DateOnly? ResolveDay(DateOnly? reference)
    {
        if (reference is not { } today)
        {
            return null;
        }
        var month = today.AddDays(1 - today.Day).AddMonths(MonthOffset);
        return Day <= DateTime.DaysInMonth(month.Year, month.Month) ? month.AddDays(Day - 1) : null;
    }
}
