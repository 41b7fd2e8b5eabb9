namespace Marsad.Dates;

/// <summary>What kind of time a date mention names. TimeML's DATE covers <see cref="Date"/>,
/// <see cref="Range"/> and <see cref="Vague"/>; its TIME covers <see cref="Time"/> and <see cref="DateTime"/>.</summary>
public enum DateKind
{
    /// <summary>A day, month, year, season, decade or century: <c>26 يوليو 2021</c>, <c>الشهر الماضي</c>, <c>عام 2014</c>.</summary>
    Date,

    /// <summary>A clock time with no day: <c>الساعة العاشرة صباحا</c> (value <c>T10:00</c>).</summary>
    Time,

    /// <summary>A day with a clock time or a part of the day: <c>مساء الأحد</c>, <c>25 يوليو 2021 11:02 ص</c>.</summary>
    DateTime,

    /// <summary>A span of days written as one expression: <c>من 5 إلى 7 أغسطس</c> (value <c>2021-08-05/2021-08-07</c>).</summary>
    Range,

    /// <summary>A time the text does not pin to the calendar: <c>الآن</c>, <c>مؤخرا</c>, <c>اليوم التالي</c>; value null.</summary>
    Vague,
}
