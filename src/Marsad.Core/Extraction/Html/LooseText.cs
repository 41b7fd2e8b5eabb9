using System.Text;
using Marsad.Text;

namespace Marsad.Extraction.Html;

/// <summary>
/// Folds short texts (names, month names, title segments) for loose comparison: no hamza on alef, no diacritics or
/// tatweel, lower case, single spaces. Only for comparing; never shown.
/// </summary>
internal static class LooseText
{
    public static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (ArabicLetters.IsDiacritic(c) || c == ArabicLetters.Tatweel)
            {
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                space = folded.Length > 0;
                continue;
            }
            if (space)
            {
                folded.Append(' ');
                space = false;
            }
            folded.Append(c is 'أ' or 'إ' or 'آ' ? 'ا' : char.ToLowerInvariant(c));
        }
        return folded.ToString();
    }
}
