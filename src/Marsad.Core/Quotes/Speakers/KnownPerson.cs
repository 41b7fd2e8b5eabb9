namespace Marsad.Quotes.Speakers;

/// <summary>
/// A person named in the article: the name as written (its fullest mention), its folded words, the words of every
/// title the article gives it, and where it was last mentioned. Working state of one extraction, never shared.
/// </summary>
internal sealed class KnownPerson(string display, int start, int end, IReadOnlyList<string> tokens)
{
    public string Display { get; private set; } = display;

    public int Start { get; private set; } = start;

    public int End { get; private set; } = end;

    public IReadOnlyList<string> Tokens { get; private set; } = tokens;

    public HashSet<string> TitleWords { get; } = new(StringComparer.Ordinal);

    public List<int> Mentions { get; } = [];

    /// <summary>Takes a fuller mention of the same person as its name.</summary>
    public void Prefer(string display, int start, int end, IReadOnlyList<string> tokens)
    {
        if (tokens.Count > Tokens.Count)
        {
            (Display, Start, End, Tokens) = (display, start, end, tokens);
        }
    }

    /// <summary>
    /// True when <paramref name="words"/> appear in this name, in order and together (الكاظمي in مصطفى الكاظمي), or are
    /// its given name and family name with the father's name left out (عزام الدخيل in عزام بن محمد الدخيل).
    /// </summary>
    public bool Contains(IReadOnlyList<string> words)
    {
        if (words.Count == 2 && Tokens.Count > 3 && IsLink(Tokens[1])
            && string.Equals(Tokens[0], words[0], StringComparison.Ordinal) && string.Equals(Tokens[^1], words[1], StringComparison.Ordinal))
        {
            return true;
        }
        for (var from = 0; from + words.Count <= Tokens.Count; from++)
        {
            if (MatchesAt(words, from))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// True when <paramref name="words"/> appear in this name only as a forefather's, straight after بن (عبدالعزيز in
    /// فيصل بن عبدالعزيز): العم عبدالعزيز is then another man of that given name, if the article names one.
    /// </summary>
    public bool HoldsOnlyAfterLink(IReadOnlyList<string> words)
    {
        var found = false;
        for (var from = 0; from + words.Count <= Tokens.Count; from++)
        {
            if (!MatchesAt(words, from))
            {
                continue;
            }
            if (from == 0 || !IsLink(Tokens[from - 1]))
            {
                return false;
            }
            found = true;
        }
        return found;
    }

    /// <summary>Plain loops, no iterator: <see cref="Contains"/> runs for every person at every name recorded.</summary>
    private bool MatchesAt(IReadOnlyList<string> words, int from)
    {
        for (var k = 0; k < words.Count; k++)
        {
            if (!string.Equals(Tokens[from + k], words[k], StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsLink(string word) => word is "بن" or "ابن" or "بنت";
}
