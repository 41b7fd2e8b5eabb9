using Marsad.Dates.Expressions;
using Marsad.Dates.Lexicon;

namespace Marsad.Dates.Vocabulary;

/// <summary>
/// Units counted back with <c>قبل</c>: <c>قبل عام</c> (one), <c>قبل عامين</c> (two), <c>قبل 5 سنوات</c> and
/// <c>قبل خمسة وتسعين عاما</c> (a number before them: <see cref="AgoUnit.ImpliedCount"/> is 0).
/// </summary>
internal static class AgoUnitWords
{
    public static IReadOnlyList<LexiconEntry<AgoUnit>> Entries { get; } =
    [
        .. Unit(PeriodUnit.Day, singular: "يوم", dual: "يومين", counted: ["يوما", "أيام"]),
        .. Unit(PeriodUnit.Week, singular: "أسبوع", dual: "أسبوعين", counted: ["أسبوعا", "أسابيع"]),
        .. Unit(PeriodUnit.Month, singular: "شهر", dual: "شهرين", counted: ["شهرا", "أشهر", "شهور"]),
        .. Unit(PeriodUnit.Year, singular: "عام", dual: "عامين", counted: ["عاما", "أعوام", "سنوات", "سنين"]),
        .. Unit(PeriodUnit.Year, singular: "سنة", dual: "سنتين", counted: []),
        .. Unit(PeriodUnit.Decade, singular: "عقد", dual: "عقدين", counted: ["عقود"]),
        .. Unit(PeriodUnit.Century, singular: "قرن", dual: "قرنين", counted: ["قرنا", "قرون"]),
    ];

    private static IEnumerable<LexiconEntry<AgoUnit>> Unit(PeriodUnit unit, string singular, string dual, string[] counted)
    {
        yield return new(singular, new AgoUnit(unit, 1));
        yield return new(dual, new AgoUnit(unit, 2));
        foreach (var word in counted)
        {
            yield return new(word, new AgoUnit(unit, 0));
        }
    }
}
