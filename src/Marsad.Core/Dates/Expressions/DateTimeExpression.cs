namespace Marsad.Dates.Expressions;

/// <summary>
/// A day with a clock time (<c>الأحد 25 يوليو 2021 11:02 ص</c>, value <c>2021-07-25T11:02</c>) or with a part
/// of the day (<c>مساء الأحد</c>, whose value is the day: ISO has no "evening").
/// </summary>
internal sealed record DateTimeExpression(DateExpression Date, ClockTimeExpression? Clock, DayPart? Part) : DateExpression
{
    public override DateKind Kind => DateKind.DateTime;

    public override bool NamesDay => Clock is null && Date.NamesDay;

    public override string? Resolve(DateOnly? reference)
    {
        if (Clock is not null && Date.ResolveDay(reference) is { } day)
        {
            return IsoFormat.Day(day) + Clock.Resolve(reference);
        }
        return Date.Resolve(reference);
    }

    public override DateOnly? ResolveDay(DateOnly? reference) => Date.ResolveDay(reference);

    public override bool? AgreesWithPublication(DateOnly publication) => Date.AgreesWithPublication(publication);
}
