namespace Marsad.Quotes.Speakers;

/// <summary>
/// The institutions an article has named in full, by their head word, so that a later bare الهيئة or المؤسسة is
/// shown as the institution it stands for (هيئة السوق المالية السعودية). Working state of one extraction.
/// </summary>
internal sealed class OrganizationMemory
{
    private readonly Dictionary<string, string> byHead = new(StringComparer.Ordinal);

    public void Remember(string foldedHead, string display) => byHead[Bare(foldedHead)] = display;

    public string? Recall(string foldedHead) => byHead.GetValueOrDefault(Bare(foldedHead));

    private static string Bare(string folded) =>
        folded.StartsWith("ال", StringComparison.Ordinal) && folded.Length > 4 ? folded[2..] : folded;
}
