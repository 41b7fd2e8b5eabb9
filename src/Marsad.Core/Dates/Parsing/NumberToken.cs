using System.Globalization;
using Marsad.Dates.Lexicon;

namespace Marsad.Dates.Parsing;

/// <summary>
/// A word that is a number, as dates write them: digits (ASCII or Arabic-Indic, already folded), perhaps with a
/// joined clitic before (<c>و2003</c>) and letters after (<c>2002م</c>, <c>1436هـ</c>).
/// </summary>
internal readonly record struct NumberToken(int Value, int Digits, int CliticLength, string Suffix)
{
    public bool HasSuffix => Suffix.Length > 0;

    public static bool TryRead(DateTokens tokens, int index, out NumberToken number)
    {
        number = default;
        if (index < 0 || index >= tokens.Count)
        {
            return false;
        }
        var word = tokens.Folded(index);
        var clitic = 0;
        if (word.Length > 1 && word[0] is '\u0648' or '\u0641' or '\u0628' or '\u0644' && char.IsAsciiDigit(word[1]))
        {
            clitic = 1;
        }
        var end = clitic;
        while (end < word.Length && char.IsAsciiDigit(word[end]))
        {
            end++;
        }
        var digits = end - clitic;
        if (digits is 0 or > 9)
        {
            return false;
        }
        var value = int.Parse(word.AsSpan(clitic, digits), NumberStyles.None, CultureInfo.InvariantCulture);
        number = new NumberToken(value, digits, clitic, word[end..]);
        return true;
    }

    /// <summary>A plain number: no clitic, no letters after.</summary>
    public static bool TryReadPlain(DateTokens tokens, int index, out NumberToken number) =>
        TryRead(tokens, index, out number) && number.CliticLength == 0 && !number.HasSuffix;
}
