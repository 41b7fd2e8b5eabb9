namespace Marsad.Dates.Expressions;

/// <summary>
/// The start, middle or end of a period (<c>منتصف عام 2014</c>, <c>أواخر العام الماضي</c>, <c>مطلع الشهر المقبل</c>):
/// ISO cannot say "late 2020", so the value is the period's own, at its precision.
/// </summary>
internal sealed record PeriodPartExpression(PeriodPart Part, DateExpression Period) : DateExpression
{
    public override DateKind Kind => Period.Kind;

    public override string? Resolve(DateOnly? reference) => Period.Resolve(reference);

    public override bool? AgreesWithPublication(DateOnly publication) => Period.AgreesWithPublication(publication);
}
