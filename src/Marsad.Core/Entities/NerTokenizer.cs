using Marsad.Text;

namespace Marsad.Entities;

/// <summary>
/// Splits display text into the tokens the entity model was trained on, with their offsets. ANERcorp is split on
/// white space with punctuation split off and clitics left attached (<c>وواشنطن</c> is one token), so: a token is
/// a run of word characters (letters, digits, diacritics, tatweel); a number keeps its decimal point and a
/// percent sign (<c>112.5</c>, <c>30%</c>); every other character is a token of its own, a run of the same
/// character (<c>...</c>, <c>--</c>) one token.
/// </summary>
public static class NerTokenizer
{
    public static List<TextSpan> Tokenize(string text)
    {
        var tokens = new List<TextSpan>((text.Length / 5) + 1);
        Tokenize(text, tokens);
        return tokens;
    }

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="tokens"/>.</summary>
    public static void Tokenize(string text, List<TextSpan> tokens)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsSeparator(c))
            {
                i++;
                continue;
            }
            var end = ArabicLetters.IsWordChar(c) ? EndOfWord(text, i) : EndOfSymbol(text, i);
            tokens.Add(new TextSpan(i, end));
            i = end;
        }
    }

    private static int EndOfWord(string text, int start)
    {
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (ArabicLetters.IsWordChar(c))
            {
                i++;
            }
            else if (IsDecimalMark(c) && IsDigit(text, i - 1) && IsDigit(text, i + 1))
            {
                i++;
            }
            else if (c is '%' or '\u066A' && IsDigit(text, i - 1))
            {
                return i + 1;
            }
            else
            {
                break;
            }
        }
        return i;
    }

    private static int EndOfSymbol(string text, int start)
    {
        var c = text[start];
        if (char.IsHighSurrogate(c) && start + 1 < text.Length && char.IsLowSurrogate(text[start + 1]))
        {
            return start + 2;
        }
        var i = start + 1;
        while (i < text.Length && text[i] == c)
        {
            i++;
        }
        return i;
    }

    private static bool IsDigit(string text, int index) =>
        index >= 0 && index < text.Length && char.IsDigit(text[index]);

    private static bool IsDecimalMark(char c) => c is '.' or ',' or '\u066B' or '\u066C';

    /// <summary>White space, and the invisible marks that editors leave between words (bidi marks, BOM).</summary>
    private static bool IsSeparator(char c) =>
        char.IsWhiteSpace(c) || c is '\u200B' or '\u200E' or '\u200F' or '\uFEFF' or >= '\u202A' and <= '\u202E'
            or >= '\u2066' and <= '\u2069';
}
