namespace Marsad.Dates.Expressions;

/// <summary>A weekday on its own (<c>الثلاثاء</c>, <c>الخميس الماضي</c>, <c>الأحد المقبل</c>): the nearest such day
/// in the direction the text says.</summary>
internal sealed record WeekdayExpression(DayOfWeek Weekday, WeekdaySearch Search) : DateExpression
{
    public override DateKind Kind => DateKind.Date;

    public override bool NamesDay => true;

    public override string? Resolve(DateOnly? reference) =>
        ResolveDay(reference) is { } day ? IsoFormat.Day(day) : null;

    public override DateOnly? ResolveDay(DateOnly? reference)
    {
        if (reference is not { } today)
        {
            return null;
        }
        var ahead = ((int)Weekday - (int)today.DayOfWeek + 7) % 7;
        var behind = (7 - ahead) % 7;
        return Search switch
        {
            WeekdaySearch.OnOrBefore => today.AddDays(-behind),
            WeekdaySearch.Before => today.AddDays(behind == 0 ? -7 : -behind),
            WeekdaySearch.OnOrAfter => today.AddDays(ahead),
            _ => today.AddDays(ahead == 0 ? 7 : ahead),
        };
    }
}
