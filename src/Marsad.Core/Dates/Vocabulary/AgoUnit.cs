using Marsad.Dates.Expressions;

namespace Marsad.Dates.Vocabulary;

/// <summary>A unit of time, and the count its own form gives (1 singular, 2 dual, 0 when a number must say).</summary>
internal readonly record struct AgoUnit(PeriodUnit Unit, int ImpliedCount);
