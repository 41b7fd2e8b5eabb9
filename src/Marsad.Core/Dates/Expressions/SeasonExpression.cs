namespace Marsad.Dates.Expressions;

/// <summary>
/// A season: <c>صيف 2014</c>, <c>الشتاء الماضي</c>, <c>الصيف</c>. ISO has no season, so the value is the year
/// the season falls in (a winter counts in the year it begins), or null when the text gives no year.
/// </summary>
internal sealed record SeasonExpression(Season Season, int? Year, TimeRelation Relation) : DateExpression
{
    public override DateKind Kind => DateKind.Date;

    public override string? Resolve(DateOnly? reference)
    {
        if (Year is { } year)
        {
            return IsoFormat.Year(year);
        }
        if (reference is not { } today || Relation == TimeRelation.Unstated)
        {
            return null;
        }
        var startMonth = Season switch
        {
            Season.Spring => 3,
            Season.Summer => 6,
            Season.Autumn => 9,
            _ => 12,
        };
        var thisYears = new DateOnly(today.Year, startMonth, 1);
        var chosen = Relation switch
        {
            // The last season that has ended, or the next one to begin.
            TimeRelation.Past => thisYears.AddMonths(3) <= today ? today.Year : today.Year - 1,
            TimeRelation.Next => thisYears > today ? today.Year : today.Year + 1,
            _ => today.Year,
        };
        return IsoFormat.Year(chosen);
    }
}
