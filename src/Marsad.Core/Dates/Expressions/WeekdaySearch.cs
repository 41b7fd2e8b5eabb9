namespace Marsad.Dates.Expressions;

/// <summary>Where to look for a weekday from the reference day.</summary>
internal enum WeekdaySearch
{
    /// <summary>A bare weekday in a past-tense report: the latest such day on or before the reference.</summary>
    OnOrBefore,

    /// <summary>A bare weekday after a future verb (<c>سيعقد الإثنين</c>).</summary>
    OnOrAfter,

    /// <summary><c>الخميس الماضي</c>.</summary>
    Before,

    /// <summary><c>الأحد المقبل</c>.</summary>
    After,
}
