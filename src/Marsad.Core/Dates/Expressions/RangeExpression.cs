namespace Marsad.Dates.Expressions;

/// <summary>Days written as one span (<c>من 5 إلى 7 أغسطس</c>): an ISO interval when both ends resolve.</summary>
internal sealed record RangeExpression(DateExpression From, DateExpression To) : DateExpression
{
    public override DateKind Kind => DateKind.Range;

    public override string? Resolve(DateOnly? reference) =>
        From.Resolve(reference) is { } from && To.Resolve(reference) is { } to ? from + "/" + to : null;

    public override bool? AgreesWithPublication(DateOnly publication) => To.AgreesWithPublication(publication);
}
