namespace Marsad.Dates.Expressions;

/// <summary>A time so many units before the reference day: <c>قبل خمسة وتسعين عاما</c>, <c>قبل 3 أيام</c>.</summary>
internal sealed record AgoExpression(PeriodUnit Unit, int Count) : DateExpression
{
    public override DateKind Kind => DateKind.Date;

    public override string? Resolve(DateOnly? reference) =>
        ResolveAt(reference) is { } day ? RelativePeriodExpression.Format(Unit, day) : null;

    public override DateOnly? ResolveDay(DateOnly? reference) => Unit == PeriodUnit.Day ? ResolveAt(reference) : null;

    private DateOnly? ResolveAt(DateOnly? reference) =>
        reference is { } today && Count <= 5000 && today.Year - Count * UnitYears > 1
            ? RelativePeriodExpression.Shift(today, Unit, -Count)
            : null;

    /// <summary>A bound on how far back a count may reach before it leaves the calendar.</summary>
    private int UnitYears => Unit switch
    {
        PeriodUnit.Century => 100,
        PeriodUnit.Decade => 10,
        PeriodUnit.Year => 1,
        _ => 0,
    };
}
