namespace Marsad.Text;

/// <summary>Character classes of Arabic script that tokenizing and folding need.</summary>
public static class ArabicLetters
{
    public const char Tatweel = '\u0640';

    /// <summary>Harakat, tanween, shadda, sukun, superscript alef and Quranic marks.</summary>
    public static bool IsDiacritic(char c) =>
        c is >= '\u064B' and <= '\u065F' or '\u0670' or >= '\u06D6' and <= '\u06ED' or >= '\u0610' and <= '\u061A';

    public static bool IsArabicLetter(char c) =>
        c is >= '\u0621' and <= '\u063A' or >= '\u0641' and <= '\u064A' or >= '\u0671' and <= '\u06D3'
            or '\u06D5' or >= '\u06FA' and <= '\u06FF' or >= '\u0750' and <= '\u077F';

    /// <summary>Arabic-Indic (٠-٩) and Eastern Arabic-Indic (۰-۹) digits, as their value, else -1.</summary>
    public static int ArabicIndicDigitValue(char c) => c switch
    {
        >= '\u0660' and <= '\u0669' => c - '\u0660',
        >= '\u06F0' and <= '\u06F9' => c - '\u06F0',
        _ => -1,
    };

    /// <summary>A character that belongs inside a word: a letter, a digit, a diacritic or tatweel.</summary>
    /// <remarks>
    /// Characters up to the end of the Arabic block (spaces, punctuation, Latin, Arabic) are answered from a table made
    /// once by the same test: outside Latin-1, char.IsLetterOrDigit looks up the Unicode category, and every character
    /// of every article is asked (measured: 3% of an ingest's CPU).
    /// </remarks>
    public static bool IsWordChar(char c) => c < WordCharTable.Length ? WordCharTable[c] : IsWordCharByCategory(c);

    private static readonly bool[] WordCharTable = [.. Enumerable.Range(0, 0x700).Select(c => IsWordCharByCategory((char)c))];

    private static bool IsWordCharByCategory(char c) =>
        char.IsLetterOrDigit(c) || IsDiacritic(c) || c == Tatweel || c == '\u200C' || c == '\u200D';
}
