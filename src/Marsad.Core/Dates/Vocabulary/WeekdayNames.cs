using Marsad.Dates.Lexicon;

namespace Marsad.Dates.Vocabulary;

/// <summary>Weekday names with their spellings (hamza or not, final hamza dropped).</summary>
internal static class WeekdayNames
{
    public static IReadOnlyList<LexiconEntry<DayOfWeek>> Entries { get; } =
    [
        new("الأحد", DayOfWeek.Sunday),
        new("الإثنين", DayOfWeek.Monday), new("الاتنين", DayOfWeek.Monday),
        new("الثلاثاء", DayOfWeek.Tuesday), new("الثلاثا", DayOfWeek.Tuesday),
        new("الأربعاء", DayOfWeek.Wednesday), new("الأربعا", DayOfWeek.Wednesday),
        new("الخميس", DayOfWeek.Thursday),
        new("الجمعة", DayOfWeek.Friday),
        new("السبت", DayOfWeek.Saturday),
    ];
}
