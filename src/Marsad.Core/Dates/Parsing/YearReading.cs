using Marsad.Dates.Expressions;

namespace Marsad.Dates.Parsing;

/// <summary>What follows a month name to place it in a year: a year (<c>2021</c>, <c>من عام 2020</c>), a relation of
/// the month (<c>أبريل الماضي</c>: the last April) or of the year (<c>أبريل من العام الماضي</c>: April of last year).</summary>
/// <param name="YearOffset">The year counted from the reference year (<c>من العام الماضي</c> is -1).</param>
internal readonly record struct YearReading(
    int? Year, DateCalendar? Era, TimeRelation Relation, int? YearOffset, int EndWord, int End);
