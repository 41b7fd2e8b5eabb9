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
        return MatchesAt(words).Any();
    }

    /// <summary>
    /// True when <paramref name="words"/> appear in this name only as a forefather's, straight after بن (عبدالعزيز in
    /// فيصل بن عبدالعزيز): العم عبدالعزيز is then another man of that given name, if the article names one.
    /// </summary>
    public bool HoldsOnlyAfterLink(IReadOnlyList<string> words)
    {
        var at = MatchesAt(words).ToList();
        return at.Count > 0 && at.All(from => from > 0 && IsLink(Tokens[from - 1]));
    }

    private IEnumerable<int> MatchesAt(IReadOnlyList<string> words)
    {
        for (var from = 0; from + words.Count <= Tokens.Count; from++)
        {
            var all = true;
            for (var k = 0; k < words.Count && all; k++)
            {
                all = string.Equals(Tokens[from + k], words[k], StringComparison.Ordinal);
            }
            if (all)
            {
                yield return from;
            }
        }
    }

    private static bool IsLink(string word) => word is "بن" or "ابن" or "بنت";
}
