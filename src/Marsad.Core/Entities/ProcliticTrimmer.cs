using Marsad.Text;

namespace Marsad.Entities;

/// <summary>
/// ANERcorp tags whole tokens, so a found entity may begin with a conjunction or preposition (وواشنطن,
/// ببغداد). For display the clitic is cut off when the word without it is the more frequent word in the news
/// the clusters were learned from: واشنطن is far more common than وواشنطن, but لبنان far more common than بنان
/// and وليد than ليد, so those stay whole. ل + ال written لل is left alone: its article has no letter to show.
/// </summary>
public static class ProcliticTrimmer
{
    /// <summary>How many characters to cut from the start of <paramref name="token"/> (as written).</summary>
    public static int LeadingClitic(ReadOnlySpan<char> token, WordClusters clusters)
    {
        Span<char> folded = stackalloc char[Math.Min(token.Length, 64)];
        var length = 0;
        foreach (var c in token[..folded.Length])
        {
            if (!ArabicLetters.IsDiacritic(c) && c != ArabicLetters.Tatweel)
            {
                folded[length++] = c;
            }
        }
        var word = ArabicFolder.Fold(folded[..length]).AsSpan();
        if (word.Length != length)
        {
            return 0; // folding changed the letters' count: positions would not map back
        }
        var cut = Proclitics.ConjunctionAndPreposition(word, out var joinedArticle);
        if (joinedArticle)
        {
            cut--;
        }
        var whole = clusters.CountOf(word);
        for (; cut > 0; cut--)
        {
            if (clusters.CountOf(word[cut..]) > whole)
            {
                return WrittenOffset(token, cut);
            }
        }
        return 0;
    }

    /// <summary>The offset in the written token after <paramref name="letters"/> letters and their diacritics.</summary>
    private static int WrittenOffset(ReadOnlySpan<char> token, int letters)
    {
        var i = 0;
        for (var seen = 0; i < token.Length; i++)
        {
            if (ArabicLetters.IsDiacritic(token[i]) || token[i] == ArabicLetters.Tatweel)
            {
                continue;
            }
            if (seen++ == letters)
            {
                break;
            }
        }
        return i;
    }
}
