using Marsad.Dates.Expressions;

namespace Marsad.Dates.Vocabulary;

/// <summary>What a month name means: which calendar, which month, and how much context it needs.</summary>
internal readonly record struct MonthName(DateCalendar Calendar, int Month, ContextNeeds Needs = ContextNeeds.Nothing);
