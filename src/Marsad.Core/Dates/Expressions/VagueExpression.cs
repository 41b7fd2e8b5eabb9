namespace Marsad.Dates.Expressions;

/// <summary>A time that the text does not pin to the calendar: <c>الآن</c>, <c>مؤخرا</c>, <c>قريبا</c>,
/// <c>الأيام الماضية</c>, <c>اليوم التالي</c>. A mention with no value.</summary>
internal sealed record VagueExpression(VagueTime Time) : DateExpression
{
    public override DateKind Kind => DateKind.Vague;

    public override string? Resolve(DateOnly? reference) => null;
}
