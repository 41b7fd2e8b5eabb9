namespace Marsad.Dates.Expressions;

/// <summary>
/// A day counted from the reference day: <c>أمس</c> (-1), <c>اليوم</c> (0), <c>غدا</c> (+1), <c>بعد غد</c> (+2),
/// <c>أول أمس</c> (-2), with the weekday the text may add (<c>أمس السبت</c>).
/// </summary>
internal sealed record RelativeDayExpression(int Offset, DayOfWeek? Weekday = null) : DateExpression
{
    public override DateKind Kind => DateKind.Date;

    public override bool NamesDay => true;

    public override string? Resolve(DateOnly? reference) =>
        ResolveDay(reference) is { } day ? IsoFormat.Day(day) : null;

    public override DateOnly? ResolveDay(DateOnly? reference) => reference?.AddDays(Offset);

    /// <summary><c>أمس السبت</c> was written on a Sunday.</summary>
    public override bool? AgreesWithPublication(DateOnly publication) =>
        Weekday is { } weekday ? publication.AddDays(Offset).DayOfWeek == weekday : null;
}
