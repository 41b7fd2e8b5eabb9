namespace Marsad.Dates.Expressions;

/// <summary>A century by its ordinal: <c>القرن العشرين</c> is the 20th, value <c>19</c> (TimeML's century form).</summary>
internal sealed record CenturyExpression(int Ordinal) : DateExpression
{
    public override DateKind Kind => DateKind.Date;

    public override string? Resolve(DateOnly? reference) =>
        Ordinal is >= 1 and <= 100 ? IsoFormat.Century(Ordinal) : null;
}
