namespace Marsad.Dates.Expressions;

internal enum DateCalendar
{
    Gregorian,

    /// <summary>The Hijri calendar as Saudi news uses it: Um al-Qura.</summary>
    Hijri,
}
