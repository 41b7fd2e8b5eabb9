namespace Marsad.Dates.Lexicon;

/// <summary>
/// The one-letter words Arabic writes joined to the next word: و and ف (and), ب (in, by), ل (for), ك (as),
/// alone or paired (وب، ول، فب). A date word may carry them (وأمس، بالأمس، لعام، و2003); the date's span
/// starts after them.
/// </summary>
internal static class Clitics
{
    /// <summary>
    /// The prefix lengths worth trying on a folded word, shortest first. A reading must leave at least two
    /// letters, so that no clitic is peeled off a word that is only a clitic and a letter.
    /// </summary>
    public static int PrefixLengths(ReadOnlySpan<char> folded, Span<int> lengths)
    {
        var count = 0;
        lengths[count++] = 0;
        if (folded.Length >= 3 && IsConjunction(folded[0]))
        {
            lengths[count++] = 1;
            if (folded.Length >= 4 && IsPreposition(folded[1]))
            {
                lengths[count++] = 2;
            }
        }
        else if (folded.Length >= 3 && IsPreposition(folded[0]))
        {
            lengths[count++] = 1;
        }
        return count;
    }

    /// <summary>The word without a leading و or ف (for context checks such as وفي، فمنذ).</summary>
    public static ReadOnlySpan<char> WithoutConjunction(ReadOnlySpan<char> folded) =>
        folded.Length >= 3 && IsConjunction(folded[0]) ? folded[1..] : folded;

    private static bool IsConjunction(char c) => c is '\u0648' or '\u0641';

    private static bool IsPreposition(char c) => c is '\u0628' or '\u0644' or '\u0643';
}
