namespace Marsad.Dates.Expressions;

/// <summary>A time of day on the 24-hour clock: <c>11:02 ص</c> is 11:02, <c>الساعة الثامنة مساء</c> is 20:00.</summary>
internal sealed record ClockTimeExpression(int Hour, int Minute) : DateExpression
{
    public override DateKind Kind => DateKind.Time;

    public override string? Resolve(DateOnly? reference) => IsoFormat.Clock(Hour, Minute);
}
