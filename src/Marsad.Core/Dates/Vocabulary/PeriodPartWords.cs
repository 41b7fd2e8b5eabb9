using Marsad.Dates.Expressions;
using Marsad.Dates.Lexicon;

namespace Marsad.Dates.Vocabulary;

/// <summary>Words that name the start, middle or end of the period after them (<c>أواخر العام الماضي</c>).</summary>
internal static class PeriodPartWords
{
    public static IReadOnlyList<LexiconEntry<PeriodPart>> Entries { get; } =
    [
        new("أوائل", PeriodPart.Start), new("مطلع", PeriodPart.Start), new("بداية", PeriodPart.Start),
        new("بدايات", PeriodPart.Start), new("مستهل", PeriodPart.Start),
        new("أواسط", PeriodPart.Middle), new("منتصف", PeriodPart.Middle),
        new("أواخر", PeriodPart.End), new("نهاية", PeriodPart.End), new("نهايات", PeriodPart.End),
        new("ختام", PeriodPart.End),
    ];
}
