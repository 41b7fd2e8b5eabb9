namespace Marsad.Quotes.Speakers;

/// <summary>
/// The words of a title as compared between mentions: folded, without honorifics, a joined و, ال, and a final ة/ه or
/// plural ات (so that رئيس الحكومة العراقية and رئيس الوزراء العراقي, إمام خطيب and إمام وخطيب, وزير البلديات and وزير
/// الشؤون البلدية, compare). الحكومة counts as
/// الوزراء: news names a prime minister both ways.
/// </summary>
internal static class TitleKey
{
    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal)
    {
        "صاحب", "صاحبه", "سمو", "ملكي", "معالي", "فضيله", "سعاده", "فخامه", "دوله", "سيد", "سيده", "راحل", "راحله", "في", "علي",
        "عن", "شيخ", "دكتور", "مهندس", "استاذ",
    };

    /// <summary>بالرئيس → الرئيس، للرئيس → الرئيس; null for a word without a joined ب or ل before ال.</summary>
    public static string? WithoutPreposition(string folded) =>
        folded.Length > 4 && folded.StartsWith("بال", StringComparison.Ordinal) ? folded[1..]
        : folded.Length > 4 && folded.StartsWith("لل", StringComparison.Ordinal) ? string.Concat("ال", folded.AsSpan(2))
        : null;

    public static IEnumerable<string> Words(IEnumerable<string> foldedWords)
    {
        foreach (var word in foldedWords)
        {
            var w = word;
            // A joined و (إمام وخطيب، والمتحدث), not the و of وزير or وكيل.
            if (w.Length > 3 && w[0] == 'و' && (w.AsSpan(1).StartsWith("ال") || Vocabulary.QuoteLexicon.Default.Titles.Contains(w.AsSpan(1))))
            {
                w = w[1..];
            }
            w = WithoutPreposition(w) ?? w;
            w = WordShapes.WithoutArticle(w);
            if (w.Length > 3 && w[^1] == 'ه')
            {
                w = w[..^1];
            }
            else if (w.Length > 5 && w.EndsWith("ات", StringComparison.Ordinal))
            {
                // وزير البلديات for وزير الشؤون البلدية والقروية: the plural in ات compares as its singular in ة.
                w = w[..^2];
            }
            w = w == "حكوم" ? "وزراء" : w;
            if (!Honorifics.Contains(w) && !Honorifics.Contains(w + "ه"))
            {
                yield return w;
            }
        }
    }
}
