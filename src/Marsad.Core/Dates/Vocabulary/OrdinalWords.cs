using Marsad.Dates.Lexicon;

namespace Marsad.Dates.Vocabulary;

/// <summary>
/// Ordinal words: masculine for days of the month and centuries (<c>السابع من أبريل</c>, <c>الحادي والعشرين من</c>,
/// <c>القرن التاسع عشر</c>), feminine for clock hours (<c>الساعة العاشرة</c>).
/// </summary>
internal static class OrdinalWords
{
    private static readonly string[] MasculineUnits =
        ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"];

    private static readonly string[] FeminineUnits =
        ["الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة"];

    /// <summary>1 to 31 (and on to 39, for centuries), masculine.</summary>
    public static IReadOnlyList<LexiconEntry<int>> Masculine { get; } = BuildMasculine();

    /// <summary>1 to 12, feminine, as clock hours are counted.</summary>
    public static IReadOnlyList<LexiconEntry<int>> Feminine { get; } =
    [
        .. FeminineUnits.Select((word, i) => new LexiconEntry<int>(word, i + 1)),
        new("الواحدة", 1), new("العاشرة", 10),
        new("الحادية عشرة", 11), new("الحادية عشر", 11),
        new("الثانية عشرة", 12), new("الثانية عشر", 12),
    ];

    private static List<LexiconEntry<int>> BuildMasculine()
    {
        var entries = new List<LexiconEntry<int>>();
        for (var unit = 1; unit <= 9; unit++)
        {
            entries.Add(new(MasculineUnits[unit - 1], unit));
        }
        entries.Add(new("العاشر", 10));
        for (var unit = 1; unit <= 9; unit++)
        {
            // الحادي عشر، الثاني عشر ... التاسع عشر
            var teen = unit == 1 ? "الحادي" : MasculineUnits[unit - 1];
            entries.Add(new(teen + " عشر", 10 + unit));
        }
        foreach (var (tens, value) in new[] { ("العشرين", 20), ("الثلاثين", 30) })
        {
            entries.Add(new(tens, value));
            entries.Add(new(tens[..^2] + "ون", value)); // العشرون
            for (var unit = 1; unit <= 9; unit++)
            {
                var first = unit == 1 ? "الحادي" : MasculineUnits[unit - 1];
                entries.Add(new(first + " و" + tens, value + unit));
                if (unit == 1)
                {
                    entries.Add(new("الواحد و" + tens, value + 1));
                }
            }
        }
        return entries;
    }
}
