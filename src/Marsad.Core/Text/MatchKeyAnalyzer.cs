using System.Collections.Frozen;
using Lucene.Net.Analysis.Ar;

namespace Marsad.Text;

/// <summary>
/// Turns display text into match keys: tokenize, fold (<see cref="ArabicFolder"/>), mark stopwords, then
/// light-stem with Lucene's <see cref="ArabicStemmer"/>. The order matters: stopwords are recognized on the
/// folded word before stemming, because the stemmer maps different words onto one stem (الولايات and ولا).
/// Each word as written is analyzed once and remembered (news repeats its words: a 19,000-article stream has
/// about 300,000 distinct forms for 9 million words), and repeated keys share one string (<see cref="MatchKeys"/>).
/// </summary>
public sealed class MatchKeyAnalyzer
{
    private static readonly ArabicStemmer Stemmer = new();
    private readonly FrozenSet<string> stopwords;
    private const int MaxRemembered = 1_000_000;
    private readonly WordMemo<WordKey> words = new(MaxRemembered);

    /// <summary>What a word as written comes to: its key and the key's number, whether it is a stopword, its folded form's hash.</summary>
    private readonly record struct WordKey(string Key, int KeyId, bool IsStopword, ulong FoldedHash);

    public MatchKeyAnalyzer(IEnumerable<string>? stopwords = null)
    {
        this.stopwords = (stopwords ?? ArabicStopwords.ForMatching).Select(ArabicFolder.FoldText)
            .ToFrozenSet(StringComparer.Ordinal);
    }

    public static MatchKeyAnalyzer Default { get; } = new();

    /// <summary>The match key of one word, and whether it is a stopword.</summary>
    public string Key(ReadOnlySpan<char> word, out bool isStopword) => Key(word, out isStopword, out _);

    /// <summary>The match key of one word, whether it is a stopword, and the hash of its folded (unstemmed) form.</summary>
    public string Key(ReadOnlySpan<char> word, out bool isStopword, out ulong foldedHash) =>
        Key(word, out isStopword, out foldedHash, out _);

    private string Key(ReadOnlySpan<char> word, out bool isStopword, out ulong foldedHash, out int keyId)
    {
        if (!words.TryGet(word, out var known))
        {
            known = Analyze(word);
            words.Remember(word, known);
        }
        (isStopword, foldedHash, keyId) = (known.IsStopword, known.FoldedHash, known.KeyId);
        return known.Key;
    }

    private WordKey Analyze(ReadOnlySpan<char> word)
    {
        var chars = ArabicFolder.FoldToBuffer(word, out var length);
        var folded = chars.AsSpan(0, length);
        var foldedHash = StableHash.Of(folded);
        var isStopword = IsStopword(folded);
        if (!isStopword && !IsAllDigits(folded))
        {
            length = Stemmer.Stem(chars, length);
        }
        var key = MatchKeys.Intern(chars.AsSpan(0, length), out var keyId);
        return new WordKey(key, keyId, isStopword, foldedHash);
    }

    public string Key(ReadOnlySpan<char> word) => Key(word, out _);

    /// <summary>
    /// Each thread's list of word spans, reused (the tokens are then made in a list of the right size): a list of
    /// spans made for every text was 3% of a plain ingest's garbage. One grown for a huge text is not kept.
    /// </summary>
    [ThreadStatic]
    private static List<TextSpan>? spansScratch;

    public List<MatchToken> Analyze(string text) => Analyze(text, null);

    /// <summary>
    /// The tokens of <paramref name="text"/>, in <paramref name="into"/> (cleared first) when given: a caller that
    /// reads them at once and keeps none reuses one list.
    /// </summary>
    public List<MatchToken> Analyze(string text, List<MatchToken>? into)
    {
        var spans = WordTokenizer.Tokenize(text, spansScratch ??= []);
        var tokens = into ?? new List<MatchToken>(spans.Count);
        tokens.Clear();
        foreach (var span in spans)
        {
            var key = Key(text.AsSpan(span.Start, span.Length), out var isStopword, out var foldedHash, out var keyId);
            if (key.Length > 0)
            {
                tokens.Add(new MatchToken(span, key, isStopword, foldedHash) { KeyId = keyId });
            }
        }
        if (spans.Capacity > WordTokenizer.MaxKeptWords)
        {
            spansScratch = null;
        }
        return tokens;
    }

    private static bool IsAllDigits(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A stopword as written, or after a leading conjunction و/ف (وقال, فإن).</summary>
    private bool IsStopword(ReadOnlySpan<char> folded)
    {
        var lookup = stopwords.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.Contains(folded)
            || (folded.Length > 2 && folded[0] is '\u0648' or '\u0641' && lookup.Contains(folded[1..]));
    }
}
