namespace Marsad.Dates.Expressions;

/// <summary>TimeML's vague values: PAST_REF, PRESENT_REF, FUTURE_REF, and times anchored to another event.</summary>
internal enum VagueTime
{
    Past,
    Present,
    Future,

    /// <summary>Relative to something else in the text, not to the publication date: <c>اليوم التالي</c>.</summary>
    Anaphoric,
}
