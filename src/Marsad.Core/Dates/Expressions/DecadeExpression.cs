namespace Marsad.Dates.Expressions;

/// <summary>A decade: <c>الخمسينيات</c> is 1950-1959, value <c>195</c>. Without a century Arabic news means the
/// twentieth, unless the text names another (<c>الخمسينيات من القرن التاسع عشر</c>).</summary>
internal sealed record DecadeExpression(int FirstYear) : DateExpression
{
    public override DateKind Kind => DateKind.Date;

    public override string? Resolve(DateOnly? reference) => IsoFormat.Decade(FirstYear);
}
