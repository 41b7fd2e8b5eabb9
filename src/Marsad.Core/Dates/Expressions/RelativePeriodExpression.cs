namespace Marsad.Dates.Expressions;

/// <summary>
/// A week, month, year, decade or century counted from the reference day: <c>الشهر الماضي</c> (-1),
/// <c>هذا العام</c> (0), <c>الأسبوع المقبل</c> (+1), <c>القرن الماضي</c> (-1).
/// </summary>
internal sealed record RelativePeriodExpression(PeriodUnit Unit, int Offset) : DateExpression
{
    public override DateKind Kind => DateKind.Date;

    public override string? Resolve(DateOnly? reference) =>
        reference is { } today ? Format(Unit, Shift(today, Unit, Offset)) : null;

    /// <summary>The reference day moved by whole units (a month back from 31 March is the end of February).</summary>
    public static DateOnly Shift(DateOnly day, PeriodUnit unit, int count) => unit switch
    {
        PeriodUnit.Day => day.AddDays(count),
        PeriodUnit.Week => day.AddDays(7 * count),
        PeriodUnit.Month => day.AddMonths(count),
        PeriodUnit.Year => day.AddYears(count),
        PeriodUnit.Decade => day.AddYears(10 * count),
        _ => day.AddYears(100 * count),
    };

    /// <summary>The ISO value of the unit that holds the day.</summary>
    public static string Format(PeriodUnit unit, DateOnly day) => unit switch
    {
        PeriodUnit.Day => IsoFormat.Day(day),
        PeriodUnit.Week => IsoFormat.Week(day),
        PeriodUnit.Month => IsoFormat.Month(day.Year, day.Month),
        PeriodUnit.Year => IsoFormat.Year(day.Year),
        PeriodUnit.Decade => IsoFormat.Decade(day.Year),
        _ => IsoFormat.Century((day.Year - 1) / 100 + 1),
    };
}
