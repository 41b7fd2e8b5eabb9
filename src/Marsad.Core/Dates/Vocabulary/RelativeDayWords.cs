using Marsad.Dates.Lexicon;

namespace Marsad.Dates.Vocabulary;

/// <summary>Days named from the day of writing, as offsets in days.</summary>
internal static class RelativeDayWords
{
    public static IReadOnlyList<LexiconEntry<int>> Entries { get; } =
    [
        new("أمس", -1), new("الأمس", -1), new("البارحة", -1),
        new("أول أمس", -2), new("أول من أمس", -2), new("أمس الأول", -2),
        new("اليوم", 0),
        new("غدا", 1), new("يوم غد", 1), new("يوم الغد", 1),
        new("بعد غد", 2), new("بعد الغد", 2),
    ];
}
