using Marsad.Dates.Expressions;
using Marsad.Dates.Lexicon;

namespace Marsad.Dates.Vocabulary;

/// <summary>Parts of the day: nouns that come before a day (<c>مساء الأحد</c>), adverbs that come after a day or
/// a clock time (<c>الأحد مساء</c>, <c>الثامنة مساء</c>), and the clock's own markers (<c>11:02 ص</c>).</summary>
internal static class DayPartWords
{
    public static IReadOnlyList<LexiconEntry<DayPart>> BeforeDay { get; } =
    [
        new("فجر", DayPart.Dawn),
        new("صباح", DayPart.Morning), new("صبيحة", DayPart.Morning), new("ضحى", DayPart.Morning),
        new("ظهر", DayPart.Noon), new("ظهيرة", DayPart.Noon),
        new("عصر", DayPart.Afternoon),
        new("مساء", DayPart.Evening),
        new("ليلة", DayPart.Night), new("ليل", DayPart.Night),
        new("منتصف ليل", DayPart.Night), new("منتصف ليلة", DayPart.Night),
    ];

    public static IReadOnlyList<LexiconEntry<DayPart>> AfterDay { get; } =
    [
        new("فجرا", DayPart.Dawn),
        new("صباحا", DayPart.Morning),
        new("ظهرا", DayPart.Noon),
        new("عصرا", DayPart.Afternoon),
        new("مساء", DayPart.Evening),
        new("ليلا", DayPart.Night),
    ];

    /// <summary>What follows a clock time: the adverbs, and ص/م (صباحا/مساء) as date lines abbreviate them.</summary>
    public static IReadOnlyList<LexiconEntry<DayPart>> AfterClock { get; } =
    [
        .. AfterDay,
        new("ص", DayPart.Morning, TakesClitic: false),
        new("م", DayPart.Evening, TakesClitic: false),
        new("بعد الظهر", DayPart.Afternoon),
    ];
}
