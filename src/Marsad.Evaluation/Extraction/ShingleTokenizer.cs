using System.Globalization;
using System.Text;

namespace Marsad.Evaluation.Extraction;

/// <summary>
/// The benchmark's tokenizer (runs of word characters), fixed for scripts with combining marks: a word is a run of
/// letters, combining marks, digits and connectors, plus the zero-width (non-)joiners used inside Persian words.
/// The original <c>\w+</c> splits Arabic words at every diacritic (ُ is a mark, not a letter) and so scores
/// vocalized text as many short words.
/// </summary>
public static class ShingleTokenizer
{
    public static List<string> Tokenize(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }
        var word = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWordRune(rune))
            {
                word.Append(rune.ToString());
            }
            else if (word.Length > 0)
            {
                tokens.Add(word.ToString());
                word.Clear();
            }
        }
        if (word.Length > 0)
        {
            tokens.Add(word.ToString());
        }
        return tokens;
    }

    private static bool IsWordRune(Rune rune) => rune.Value is 0x200C or 0x200D || Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => true,
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => true,
        UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        UnicodeCategory.ConnectorPunctuation => true,
        _ => false,
    };
}
