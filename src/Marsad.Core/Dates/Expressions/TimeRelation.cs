namespace Marsad.Dates.Expressions;

/// <summary>How an expression places itself against the reference day: <c>الماضي</c>, <c>الجاري</c>, <c>المقبل</c>.</summary>
internal enum TimeRelation
{
    /// <summary>Nothing said: the nearest match to the reference day.</summary>
    Unstated,
    Past,
    Current,
    Next,
}
