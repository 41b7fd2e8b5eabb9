namespace Marsad.Search;

/// <summary>
/// A looser key than the match key, for spelling variants that folding and light stemming leave apart: the stem's
/// consonant skeleton. Alef, waw and yeh after the first letter are dropped and every hamza seat becomes a bare
/// hamza, so that أمريكية, أميركية and أمريكا (stems امريك, اميرك, امريكا) all become امرك, ترمب and ترامب become
/// ترمب, and مسؤول and مسئول become مسءل. Short skeletons collide with unrelated words (سعود and سعيد both give سعد),
/// so only skeletons of four or more letters are kept; search gives these keys a lower weight than match keys.
/// </summary>
public static class LooseKey
{
    public const int MinimumSkeleton = 4;

    /// <param name="key">A match key (folded and stemmed, as <see cref="Text.MatchKeyAnalyzer"/> makes it).</param>
    /// <returns>The skeleton, or null when the key is too short, or is not Arabic (digits, Latin words).</returns>
    public static string? Of(string key)
    {
        Span<char> skeleton = stackalloc char[key.Length];
        return TryWrite(key, skeleton, out var length) ? new string(skeleton[..length]) : null;
    }

    /// <summary>Writes the skeleton into <paramref name="skeleton"/> (as long as the key) instead of making a string.</summary>
    /// <returns>False when the key has no skeleton (see <see cref="Of"/>).</returns>
    public static bool TryWrite(string key, Span<char> skeleton, out int length)
    {
        length = 0;
        if (key.Length < MinimumSkeleton || !IsArabicWord(key))
        {
            return false;
        }
        skeleton[length++] = key[0];
        for (var i = 1; i < key.Length; i++)
        {
            var c = key[i];
            if (c is '\u0624' or '\u0626')
            {
                skeleton[length++] = '\u0621'; // ؤ, ئ → ء
            }
            else if (c is not ('\u0627' or '\u0648' or '\u064A'))
            {
                skeleton[length++] = c;
            }
        }
        return length >= MinimumSkeleton;
    }

    private static bool IsArabicWord(string key)
    {
        foreach (var c in key)
        {
            if (c is < '\u0621' or > '\u064A')
            {
                return false;
            }
        }
        return true;
    }
}
