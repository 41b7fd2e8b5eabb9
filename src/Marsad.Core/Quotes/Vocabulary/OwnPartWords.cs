namespace Marsad.Quotes.Vocabulary;

/// <summary>
/// من جانبه، من جهته "for his part": the word after من that opens a clause before its verb and subject, read alike
/// where cues are found and where subjects are.
/// </summary>
internal static class OwnPartWords
{
    public static bool AfterMin(string folded) =>
        folded is "جانبه" or "جانبها" or "جانبهم" or "جهته" or "جهتها" or "جهتهم" or "ناحيته" or "ناحيتها";
}
