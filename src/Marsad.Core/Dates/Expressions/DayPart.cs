namespace Marsad.Dates.Expressions;

/// <summary>A part of the day, before a day (<c>مساء الأحد</c>) or after a clock time (<c>11:02 ص</c>).</summary>
internal enum DayPart
{
    Dawn,
    Morning,
    Noon,
    Afternoon,
    Evening,
    Night,
}
