namespace Marsad.Entities;

/// <summary>
/// Strips the proclitics that ANERcorp leaves attached to words, on folded words: a conjunction (و, ف), then a
/// preposition (ب, ل, ك), with ل + ال written لل. The article ال is stripped apart, because it belongs to many
/// names (العراق). Stripping is a guess: بغداد loses a ب it never had, so callers use stripped forms beside the
/// whole word, never instead of it.
/// </summary>
public static class Proclitics
{
    private const char Waw = '\u0648';
    private const char Feh = '\u0641';
    private const char Beh = '\u0628';
    private const char Lam = '\u0644';
    private const char Kaf = '\u0643';
    private const char Alef = '\u0627';

    /// <summary>
    /// How many leading characters are a conjunction and a preposition, and whether ل + ال was written لل (then
    /// the stripped word is ال + the rest). At least two letters of the word are always left.
    /// </summary>
    public static int ConjunctionAndPreposition(ReadOnlySpan<char> word, out bool joinedArticle)
    {
        joinedArticle = false;
        var i = 0;
        if (word.Length > 3 && word[0] is Waw or Feh)
        {
            i = 1;
        }
        if (word.Length - i > 3 && word[i] is Beh or Lam or Kaf)
        {
            if (word[i] == Lam && word[i + 1] == Lam)
            {
                joinedArticle = true;
            }
            i++;
        }
        return i;
    }

    /// <summary>Writes the word without conjunction and preposition into <paramref name="target"/>; returns its length.</summary>
    public static int Strip(ReadOnlySpan<char> word, Span<char> target)
    {
        var cut = ConjunctionAndPreposition(word, out var joinedArticle);
        var length = 0;
        if (joinedArticle)
        {
            target[length++] = Alef;
        }
        word[cut..].CopyTo(target[length..]);
        return length + word.Length - cut;
    }

    /// <summary>The word without a leading article ال, if at least two letters are left.</summary>
    public static ReadOnlySpan<char> WithoutArticle(ReadOnlySpan<char> word) =>
        word.Length > 4 && word[0] == Alef && word[1] == Lam ? word[2..] : word;
}
