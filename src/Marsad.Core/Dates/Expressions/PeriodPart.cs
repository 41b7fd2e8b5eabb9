namespace Marsad.Dates.Expressions;

/// <summary>The part of a period a modifier names: <c>مطلع</c>/<c>أوائل</c>, <c>منتصف</c>, <c>نهاية</c>/<c>أواخر</c>.</summary>
internal enum PeriodPart
{
    Start,
    Middle,
    End,
}
