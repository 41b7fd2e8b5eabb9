using Marsad.Text;

namespace Marsad.Entities;

/// <summary>
/// The shape of a token, as a hash: its script (Arabic, Latin, digits, punctuation, mixed), capitalization for
/// Latin, and a length bucket. Names in Latin script, numbers and punctuation behave differently from words.
/// </summary>
internal static class TokenShape
{
    private static readonly ulong[] Cache = Build();

    public static ulong Of(ReadOnlySpan<char> token)
    {
        var arabic = false;
        var latin = false;
        var digit = false;
        var other = false;
        foreach (var c in token)
        {
            if (ArabicLetters.IsArabicLetter(c))
            {
                arabic = true;
            }
            else if (char.IsAsciiLetter(c))
            {
                latin = true;
            }
            else if (char.IsDigit(c))
            {
                digit = true;
            }
            else if (!ArabicLetters.IsWordChar(c))
            {
                other = true;
            }
        }
        var script = (arabic, latin, digit, other) switch
        {
            (true, false, false, _) => 0,
            (false, true, false, _) => token.Length > 0 && char.IsAsciiLetterUpper(token[0]) ? 1 : 2,
            (false, false, true, _) => 3,
            (true, _, true, _) => 4,
            (false, false, false, true) => 5,
            _ => 6,
        };
        return Cache[(script * 6) + LengthBucket(token.Length)];
    }

    private static int LengthBucket(int length) => length switch
    {
        <= 1 => 0,
        2 => 1,
        3 => 2,
        <= 5 => 3,
        <= 8 => 4,
        _ => 5,
    };

    private static ulong[] Build()
    {
        var cache = new ulong[7 * 6];
        for (var i = 0; i < cache.Length; i++)
        {
            cache[i] = FeatureHash.Combine(0x5A4EUL, (ulong)i);
        }
        return cache;
    }
}
