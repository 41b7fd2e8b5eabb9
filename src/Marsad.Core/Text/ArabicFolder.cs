using System.Text;
using Lucene.Net.Analysis.Ar;

namespace Marsad.Text;

/// <summary>
/// Folds a word to its match form: Lucene's <see cref="ArabicNormalizer"/> (hamza-seated alefs to bare alef,
/// teh marbuta to heh, alef maksura to yeh, no harakat, no tatweel), plus what Lucene leaves alone and Arabic
/// news needs: Arabic-Indic digits to ASCII, Persian keheh and yeh to Arabic, Latin lowercased.
/// The result is a match key only: it merges على with علي and must never be shown.
/// </summary>
public static class ArabicFolder
{
    private static readonly ArabicNormalizer Normalizer = new();

    [ThreadStatic]
    private static char[]? buffer;

    public static string Fold(ReadOnlySpan<char> word)
    {
        var chars = FoldToBuffer(word, out var length);
        return new string(chars, 0, length);
    }

    /// <summary>
    /// Folds into a per-thread buffer (valid until the next call on this thread), so that hot paths such as
    /// stemming can go on in place without allocating.
    /// </summary>
    internal static char[] FoldToBuffer(ReadOnlySpan<char> word, out int length)
    {
        if (buffer is null || buffer.Length < word.Length)
        {
            buffer = new char[Math.Max(64, word.Length)];
        }
        var target = buffer;
        length = 0;
        foreach (var c in word)
        {
            var digit = ArabicLetters.ArabicIndicDigitValue(c);
            target[length++] = c switch
            {
                _ when digit >= 0 => (char)('0' + digit),
                '\u06A9' => '\u0643', // keheh → kaf
                '\u06CC' => '\u064A', // farsi yeh → yeh
                '\u06C1' => '\u0647', // heh goal → heh
                >= 'A' and <= 'Z' => (char)(c + 32),
                _ => c,
            };
        }
        length = Normalizer.Normalize(target, length);
        return target;
    }

    /// <summary>Folds a whole text word by word, joined by single spaces (for matching phrases).</summary>
    public static string FoldText(string text) => FoldTextUpTo(text, int.MaxValue)!;

    /// <summary>
    /// Folds a whole text as <see cref="FoldText(string)"/> does, or gives null as soon as the folded text is longer
    /// than <paramref name="maxLength"/>: a line is compared with short labels, and folding whole paragraphs only to
    /// find them longer than any label was a tenth of an ingest's garbage.
    /// </summary>
    public static string? FoldTextUpTo(string text, int maxLength)
    {
        var builder = new StringBuilder(Math.Min(text.Length, maxLength));
        foreach (var token in WordTokenizer.Words(text))
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }
            var chars = FoldToBuffer(text.AsSpan(token.Start, token.Length), out var length);
            builder.Append(chars, 0, length);
            if (builder.Length > maxLength)
            {
                return null;
            }
        }
        return builder.ToString();
    }
}
