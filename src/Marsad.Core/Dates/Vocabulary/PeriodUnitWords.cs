using Marsad.Dates.Expressions;
using Marsad.Dates.Lexicon;

namespace Marsad.Dates.Vocabulary;

/// <summary>Periods that a relation can follow (<c>الشهر الماضي</c>, <c>هذا العام</c>, <c>العقد الماضي</c>).</summary>
internal static class PeriodUnitWords
{
    public static IReadOnlyList<LexiconEntry<PeriodUnit>> Entries { get; } =
    [
        new("الأسبوع", PeriodUnit.Week),
        new("الشهر", PeriodUnit.Month),
        new("العام", PeriodUnit.Year), new("السنة", PeriodUnit.Year),
        new("العقد", PeriodUnit.Decade),
        new("القرن", PeriodUnit.Century),
    ];
}
