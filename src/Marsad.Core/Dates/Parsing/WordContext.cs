using Marsad.Dates.Lexicon;
using Marsad.Dates.Vocabulary;

namespace Marsad.Dates.Parsing;

/// <summary>Small questions the grammar asks about the words around an expression.</summary>
internal static class WordContext
{
    /// <summary>Whether the word at <paramref name="index"/> is in the set, as written or after a joined و/ف
    /// (whose length is given back): فصول is in a set as فصول, never as صول.</summary>
    public static bool InSet(DateTokens tokens, int index, WordSet words, out int conjunction)
    {
        conjunction = 0;
        if (index < 0 || index >= tokens.Count)
        {
            return false;
        }
        var word = tokens.Folded(index).AsSpan();
        if (words.Contains(word))
        {
            return true;
        }
        var core = Clitics.WithoutConjunction(word);
        conjunction = word.Length - core.Length;
        return conjunction > 0 && words.Contains(core);
    }

    public static bool InSet(DateTokens tokens, int index, WordSet words) => InSet(tokens, index, words, out _);

    /// <summary>Whether the word before <paramref name="index"/>, after blanks only, is in the set.</summary>
    public static bool PreviousIn(DateTokens tokens, int index, WordSet words) =>
        tokens.FollowsBlank(index) && InSet(tokens, index - 1, words);

    /// <summary>Whether the word at <paramref name="index"/> follows blanks and is in the set.</summary>
    public static bool NextIn(DateTokens tokens, int index, WordSet words) =>
        tokens.FollowsBlank(index) && InSet(tokens, index, words);

    /// <summary>Whether the word at <paramref name="index"/> is <paramref name="word"/> (folded), perhaps after و/ف.</summary>
    public static bool IsWord(DateTokens tokens, int index, string word)
    {
        if (index < 0 || index >= tokens.Count)
        {
            return false;
        }
        var folded = tokens.Folded(index).AsSpan();
        return folded.SequenceEqual(word) || Clitics.WithoutConjunction(folded).SequenceEqual(word);
    }

    public static bool StartsWithDigit(DateTokens tokens, int index) =>
        index >= 0 && index < tokens.Count && tokens.Folded(index) is { Length: > 0 } word && char.IsAsciiDigit(word[0]);

    public static bool EndsWithDigit(DateTokens tokens, int index) =>
        index >= 0 && index < tokens.Count && tokens.Folded(index) is { Length: > 0 } word && char.IsAsciiDigit(word[^1]);

    /// <summary>Whether the word at <paramref name="index"/> is <paramref name="word"/> (folded), perhaps with a joined
    /// clitic (<c>ويوم</c>, <c>بالساعة</c>), whose length is given back.</summary>
    public static bool IsWordWithClitic(DateTokens tokens, int index, string word, out int clitic)
    {
        clitic = 0;
        if (index < 0 || index >= tokens.Count)
        {
            return false;
        }
        var folded = tokens.Folded(index).AsSpan();
        Span<int> prefixes = stackalloc int[3];
        var count = Clitics.PrefixLengths(folded, prefixes);
        for (var p = 0; p < count; p++)
        {
            if (folded[prefixes[p]..].SequenceEqual(word))
            {
                clitic = prefixes[p];
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Steps over a <c>يوم</c> ("on the day of") that may open a day (<c>يوم الأحد</c>, <c>يوم 26 يوليو</c>,
    /// <c>يوم أمس</c>): <paramref name="at"/> is where the day itself starts, <paramref name="clitic"/> what is joined
    /// to يوم. Without يوم, <paramref name="at"/> is <paramref name="index"/>.
    /// </summary>
    public static bool SkipDayNoun(DateTokens tokens, int index, out int at, out int clitic)
    {
        if (IsWordWithClitic(tokens, index, ArabicWords.Day, out clitic) && tokens.FollowsBlank(index + 1))
        {
            at = index + 1;
            return true;
        }
        (at, clitic) = (index, 0);
        return false;
    }

    /// <summary>A number with a joined و (<c>و11</c>, <c>و2003</c>): the second of two joined numbers.</summary>
    public static bool StartsWithAndDigit(DateTokens tokens, int index) =>
        index >= 0 && index < tokens.Count && tokens.Folded(index) is { Length: > 1 } word
        && word[0] == '\u0648' && char.IsAsciiDigit(word[1]);

    /// <summary>The offset where the expression starting at a word begins once its clitic is left out.</summary>
    public static int StartAfter(DateTokens tokens, int index, int cliticLength) => tokens.Start(index) + cliticLength;

    /// <summary>
    /// Whether a bare weekday at <paramref name="index"/> sits after a future verb or particle in its sentence
    /// (<c>يعقد الإثنين</c>, <c>سيلتقي الكاظمي بايدن الإثنين</c>): up to four words back, never across a full stop.
    /// </summary>
    public static bool LooksFuture(DateTokens tokens, int index)
    {
        for (var back = index - 1; back >= 0 && back >= index - 4; back--)
        {
            if (EndsSentence(tokens.GapBefore(back + 1)))
            {
                return false;
            }
            var word = tokens.Folded(back).AsSpan();
            if (InSet(tokens, back, ContextWords.FutureCues) || IsFutureVerb(word) || IsFutureVerb(Clitics.WithoutConjunction(word)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>س before an imperfect verb (سيعقد، ستقام، سنعمل), unless the word is a noun that looks like one.
    /// Four-letter words are too often nouns (سنة، ستة، سيما), so only the listed future cues (سيتم) count.</summary>
    private static bool IsFutureVerb(ReadOnlySpan<char> word) =>
        word.Length >= 5 && word[0] == '\u0633' && word[1] is '\u064A' or '\u062A' or '\u0646'
        && !ContextWords.NotFutureVerbs.Contains(word);

    private static bool EndsSentence(ReadOnlySpan<char> gap) => gap.IndexOfAny(".!?\u061F\n") >= 0;
}
