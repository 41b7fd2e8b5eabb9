using Marsad.Dates.Lexicon;

namespace Marsad.Dates.Vocabulary;

/// <summary>Cardinal numbers written in words, 1 to 99 and the hundreds news uses for spans of time
/// (<c>قبل خمسة وتسعين عاما</c>, <c>قبل ثلاثة أعوام</c>), in both genders and both cases.</summary>
internal static class CardinalWords
{
    private static readonly string[][] Units =
    [
        ["واحد", "واحدة"],
        ["اثنان", "اثنين", "اثنتان", "اثنتين"],
        ["ثلاث", "ثلاثة"],
        ["أربع", "أربعة"],
        ["خمس", "خمسة"],
        ["ست", "ستة"],
        ["سبع", "سبعة"],
        ["ثمان", "ثماني", "ثمانية"],
        ["تسع", "تسعة"],
    ];

    private static readonly string[][] Tens =
    [
        ["عشرون", "عشرين"],
        ["ثلاثون", "ثلاثين"],
        ["أربعون", "أربعين"],
        ["خمسون", "خمسين"],
        ["ستون", "ستين"],
        ["سبعون", "سبعين"],
        ["ثمانون", "ثمانين"],
        ["تسعون", "تسعين"],
    ];

    public static IReadOnlyList<LexiconEntry<int>> Entries { get; } = Build();

    private static List<LexiconEntry<int>> Build()
    {
        var entries = new List<LexiconEntry<int>>
        {
            new("عشر", 10), new("عشرة", 10),
            new("أحد عشر", 11), new("إحدى عشرة", 11), new("احدى عشر", 11),
            new("اثنا عشر", 12), new("اثني عشر", 12), new("اثنتا عشرة", 12), new("اثنتي عشرة", 12),
            new("مئة", 100), new("مائة", 100), new("مئتي", 200), new("مائتي", 200), new("مئتين", 200),
        };
        for (var unit = 1; unit <= 9; unit++)
        {
            foreach (var word in Units[unit - 1])
            {
                entries.Add(new(word, unit));
                if (unit >= 3)
                {
                    entries.Add(new(word + " عشر", 10 + unit));
                    entries.Add(new(word + " عشرة", 10 + unit));
                }
            }
        }
        for (var ten = 2; ten <= 9; ten++)
        {
            foreach (var tensWord in Tens[ten - 2])
            {
                entries.Add(new(tensWord, ten * 10));
                for (var unit = 1; unit <= 9; unit++)
                {
                    foreach (var unitWord in Units[unit - 1])
                    {
                        entries.Add(new(unitWord + " و" + tensWord, ten * 10 + unit));
                    }
                }
            }
        }
        return entries;
    }
}
