using Marsad.Text;

namespace Marsad.Entities;

/// <summary>
/// What the features need to know about each token of a sentence, computed once per token: its word's
/// <see cref="WordFacts"/> (from a <see cref="WordFactsCache"/>, with the word's index there), and what depends on
/// the words around it: the gazetteers' matches and whether it stands inside a quotation. Scratch storage, reused
/// sentence after sentence on one thread.
/// </summary>
internal sealed class TokenFacts
{
    public const int PrefixCount = 3;
    public const int SuffixCount = 4;

    private static readonly ulong BeforeStartHash = FeatureHash.Of("<s>");
    private static readonly ulong AfterEndHash = FeatureHash.Of("</s>");

    /// <summary>What stands for the words before the sentence: a marker for each form and no cluster.</summary>
    public static readonly WordFacts BeforeStart = Padding(BeforeStartHash);

    /// <summary>What stands for the words after the sentence.</summary>
    public static readonly WordFacts AfterEnd = Padding(AfterEndHash);

    private readonly WordFactsCache words = new();

    public int Count { get; private set; }

    /// <summary>Each token's word facts.</summary>
    public WordFacts[] Facts { get; private set; } = [];

    /// <summary>Each token's word's index in the cache (see <see cref="CacheGeneration"/>).</summary>
    public int[] CacheIndex { get; private set; } = [];

    /// <summary>The cache's generation: the indices hold for it.</summary>
    public int CacheGeneration => words.Generation;

    /// <summary>Each token's folded word, as a hash (a copy of <see cref="WordFacts.Word"/> the gazetteers read).</summary>
    public ulong[] Word { get; private set; } = [];

    /// <summary>Each token's folded word without proclitics, as a hash.</summary>
    public ulong[] Stripped { get; private set; } = [];

    /// <summary>Each token's word's roles in the names of the gazetteer and of the news (copies of its facts', side by side).</summary>
    public byte[] NameRoles { get; private set; } = [];
    public byte[] NewsRoles { get; private set; } = [];

    public byte[] GazetteerBegin { get; private set; } = [];
    public byte[] GazetteerInside { get; private set; } = [];
    public byte[] NewsBegin { get; private set; } = [];
    public byte[] NewsInside { get; private set; } = [];
    public byte[] Quoting { get; private set; } = [];

    /// <summary>The facts of the word at <paramref name="j"/>, or the markers before or after the sentence.</summary>
    public ref readonly WordFacts At(int j)
    {
        if (j < 0)
        {
            return ref BeforeStart;
        }
        return ref j >= Count ? ref AfterEnd : ref Facts[j];
    }

    /// <summary>A type mask at position <paramref name="j"/>, or a marker outside the sentence.</summary>
    public ulong At(byte[] values, int j) => j < 0 || j >= Count ? 0xFFUL : values[j];

    public void Analyze(string text, ReadOnlySpan<TextSpan> tokens, NerLexicon lexicon)
    {
        EnsureCapacity(tokens.Length);
        Count = tokens.Length;
        words.StartSentence(lexicon, tokens.Length);
        for (var i = 0; i < tokens.Length; i++)
        {
            var index = words.IndexOf(text.AsSpan(tokens[i].Start, tokens[i].Length));
            ref readonly var word = ref words[index];
            CacheIndex[i] = index;
            Facts[i] = word;
            Word[i] = word.Word;
            Stripped[i] = word.Stripped;
            NameRoles[i] = word.NameWordTypes;
            NewsRoles[i] = word.NewsWordRoles;
        }
        lexicon.Names.Match(Word.AsSpan(0, Count), Stripped.AsSpan(0, Count), GazetteerBegin.AsSpan(0, Count),
            GazetteerInside.AsSpan(0, Count), NameRoles.AsSpan(0, Count));
        lexicon.NewsNames.Match(Word.AsSpan(0, Count), Stripped.AsSpan(0, Count), NewsBegin.AsSpan(0, Count),
            NewsInside.AsSpan(0, Count), NewsRoles.AsSpan(0, Count));
        QuoteSpans.Mark(text, tokens, Quoting);
    }

    private static WordFacts Padding(ulong marker) => new()
    {
        Raw = marker,
        Word = marker,
        Stripped = marker,
        Bare = marker,
        Stem = marker,
        Clitics = marker,
        Shape = marker,
        Cluster = -2,
        StrippedCluster = -2,
        Embedding = -2,
    };

    private void EnsureCapacity(int count)
    {
        if (Word.Length >= count)
        {
            return;
        }
        var size = Math.Max(count, Word.Length * 2);
        Facts = new WordFacts[size];
        CacheIndex = new int[size];
        Word = new ulong[size];
        Stripped = new ulong[size];
        NameRoles = new byte[size];
        NewsRoles = new byte[size];
        GazetteerBegin = new byte[size];
        GazetteerInside = new byte[size];
        NewsBegin = new byte[size];
        NewsInside = new byte[size];
        Quoting = new byte[size];
    }
}
