using Marsad.Text;

namespace Marsad.Dates.Lexicon;

/// <summary>
/// A table of phrases (one or more words) matched on folded words, longest phrase first. Built once from a
/// vocabulary table and read by many threads. The words of a phrase must be separated by blanks only, so
/// that punctuation (a full stop, a comma) always ends a phrase.
/// </summary>
internal sealed class PhraseLexicon<T>
{
    private readonly Dictionary<string, Phrase[]> byFirstWord;
    private readonly Dictionary<string, Phrase[]>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public PhraseLexicon(IEnumerable<LexiconEntry<T>> entries)
    {
        byFirstWord = entries
            .Select(entry => new Phrase(FoldWords(entry.Phrase), entry.Value, entry.TakesClitic))
            .Where(phrase => phrase.Words.Length > 0)
            .GroupBy(phrase => phrase.Words[0], StringComparer.Ordinal)
            .ToDictionary(
                group => group.Key,
                group => group.OrderByDescending(phrase => phrase.Words.Length).ToArray(),
                StringComparer.Ordinal);
        lookup = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The longest phrase starting at word <paramref name="index"/>, trying the word as it is first
    /// and then without a joined clitic when <paramref name="allowClitic"/>.</summary>
    public bool TryMatch(DateTokens tokens, int index, out PhraseMatch<T> match, bool allowClitic = true)
    {
        match = default;
        if (index < 0 || index >= tokens.Count)
        {
            return false;
        }
        var word = tokens.Folded(index).AsSpan();
        Span<int> prefixes = stackalloc int[3];
        var count = allowClitic ? Clitics.PrefixLengths(word, prefixes) : 1;
        for (var p = 0; p < count; p++)
        {
            var prefix = allowClitic ? prefixes[p] : 0;
            if (!lookup.TryGetValue(word[prefix..], out var phrases))
            {
                continue;
            }
            foreach (var phrase in phrases)
            {
                if ((prefix == 0 || phrase.TakesClitic) && RestMatches(tokens, index, phrase.Words))
                {
                    match = new PhraseMatch<T>(phrase.Value, phrase.Words.Length, prefix);
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>The folded first words of the table's phrases.</summary>
    public IEnumerable<string> FirstWords => byFirstWord.Keys;

    private static bool RestMatches(DateTokens tokens, int index, string[] words)
    {
        if (index + words.Length > tokens.Count)
        {
            return false;
        }
        for (var k = 1; k < words.Length; k++)
        {
            if (!tokens.FollowsBlank(index + k) || !tokens.Is(index + k, words[k]))
            {
                return false;
            }
        }
        return true;
    }

    private static string[] FoldWords(string phrase) =>
        WordTokenizer.Tokenize(phrase).Select(span => ArabicFolder.Fold(phrase.AsSpan(span.Start, span.Length))).ToArray();

    private sealed record Phrase(string[] Words, T Value, bool TakesClitic);
}
