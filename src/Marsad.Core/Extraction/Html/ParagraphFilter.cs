using System.Text.RegularExpressions;

namespace Marsad.Extraction.Html;

/// <summary>
/// Drops paragraphs that repeat what Marsad keeps elsewhere: the headline (the title is its own field) and a
/// dateline that is nothing but a date (<c>الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00</c>), which belongs to the
/// metadata. A short line with a date and an <c>@handle</c> is an embedded post's signature and stays. (Datelines:
/// +0.001 F1 on the extraction benchmark; the repeated headline is for the display text, the score barely moves.)
/// </summary>
internal static partial class ParagraphFilter
{
    private const int MaxDateLineWords = 12;

    public static List<string> Filter(IReadOnlyList<string> paragraphs, string? title)
    {
        var titleKey = title is null ? "" : WordKey(title);
        return paragraphs
            .Where(p => !IsDateLine(p) && (titleKey.Length == 0 || WordKey(p) != titleKey))
            .ToList();
    }

    private static bool IsDateLine(string paragraph) =>
        paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxDateLineWords
        && !paragraph.Contains('@', StringComparison.Ordinal)
        && (NumericDate().IsMatch(paragraph) || MetadataDateParser.ContainsNamedDate(paragraph));

    /// <summary>The words of a text, loosely folded: quotes, dashes and spacing do not matter.</summary>
    private static string WordKey(string text) => string.Join(' ', Word().Matches(LooseText.Fold(text)).Select(m => m.Value));

    [GeneratedRegex(@"\b(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"[\p{L}\p{M}\p{Nd}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
