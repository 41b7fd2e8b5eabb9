using Marsad.Dates.Lexicon;

namespace Marsad.Dates.Vocabulary;

/// <summary>Decades by name (<c>الخمسينيات</c>, <c>التسعينات</c>, <c>ثمانينيات</c> in <c>ثمانينيات القرن الماضي</c>),
/// as the decade's place in its century: 5 for the fifties.</summary>
internal static class DecadeWords
{
    private static readonly string[] Tens = ["عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"];

    public static IReadOnlyList<LexiconEntry<int>> Entries { get; } =
    [
        .. Tens.SelectMany((tens, i) => new[]
        {
            new LexiconEntry<int>("ال" + tens + "يات", i + 2),
            new LexiconEntry<int>("ال" + tens + "ات", i + 2),
            new LexiconEntry<int>(tens + "يات", i + 2),
            new LexiconEntry<int>(tens + "ات", i + 2),
        }),
    ];
}
