using Marsad.Text;

namespace Marsad.Entities;

/// <summary>
/// What the features need to know about each token of a sentence, computed once per token: the hashes that
/// features pairing two words need (folded, stripped and stemmed forms, shape, Brown cluster), each word's
/// <see cref="WordKeys"/>, and what depends on the sentence (the gazetteers' matches, quotations). Scratch
/// storage, reused sentence after sentence on one thread; what depends on a word alone comes from a
/// <see cref="WordFactsCache"/>.
/// </summary>
internal sealed class TokenFacts
{
    public const int PrefixCount = 3;
    public const int SuffixCount = 4;

    private static readonly ulong BeforeStart = FeatureHash.Of("<s>");
    private static readonly ulong AfterEnd = FeatureHash.Of("</s>");

    private readonly WordFactsCache words = new();
    private ulong[] keys = [];

    public int Count { get; private set; }

    public ulong[] Word { get; private set; } = [];
    public ulong[] Stripped { get; private set; } = [];
    public ulong[] Stem { get; private set; } = [];
    public ulong[] Shape { get; private set; } = [];
    public int[] Cluster { get; private set; } = [];
    public byte[] GazetteerBegin { get; private set; } = [];
    public byte[] GazetteerInside { get; private set; } = [];
    public byte[] NewsBegin { get; private set; } = [];
    public byte[] NewsInside { get; private set; } = [];
    public byte[] Quoting { get; private set; } = [];

    /// <summary>A hash at position <paramref name="j"/>, or a marker for positions before or after the sentence.</summary>
    public ulong At(ulong[] values, int j) => j < 0 ? BeforeStart : j >= Count ? AfterEnd : values[j];

    /// <summary>A type mask at position <paramref name="j"/>, or a marker outside the sentence.</summary>
    public ulong At(byte[] values, int j) => j < 0 || j >= Count ? 0xFFUL : values[j];

    /// <summary>The word keys of position <paramref name="j"/> (or of the place before or after the sentence).</summary>
    public ReadOnlySpan<ulong> KeysAt(int j) =>
        j < 0 ? WordKeys.BeforeSentence : j >= Count ? WordKeys.AfterSentence : keys.AsSpan(j * WordKeys.Count, WordKeys.Count);

    public void Analyze(string text, ReadOnlySpan<TextSpan> tokens, NerLexicon lexicon)
    {
        EnsureCapacity(tokens.Length);
        Count = tokens.Length;
        for (var i = 0; i < tokens.Length; i++)
        {
            AnalyzeToken(i, text.AsSpan(tokens[i].Start, tokens[i].Length), lexicon);
        }
        lexicon.Names.Match(Word.AsSpan(0, Count), Stripped.AsSpan(0, Count), GazetteerBegin.AsSpan(0, Count),
            GazetteerInside.AsSpan(0, Count));
        lexicon.NewsNames.Match(Word.AsSpan(0, Count), Stripped.AsSpan(0, Count), NewsBegin.AsSpan(0, Count),
            NewsInside.AsSpan(0, Count));
        QuoteSpans.Mark(text, tokens, Quoting);
    }

    private void AnalyzeToken(int i, ReadOnlySpan<char> raw, NerLexicon lexicon)
    {
        ref readonly var word = ref words.Get(raw, lexicon);
        Word[i] = word.Word;
        Stripped[i] = word.Stripped;
        Stem[i] = word.Stem;
        Shape[i] = word.Shape;
        Cluster[i] = word.Cluster;
        ((ReadOnlySpan<ulong>)word.Keys).CopyTo(keys.AsSpan(i * WordKeys.Count, WordKeys.Count));
    }

    private void EnsureCapacity(int count)
    {
        if (Word.Length >= count)
        {
            return;
        }
        var size = Math.Max(count, Word.Length * 2);
        keys = new ulong[size * WordKeys.Count];
        Word = new ulong[size];
        Stripped = new ulong[size];
        Stem = new ulong[size];
        Shape = new ulong[size];
        Cluster = new int[size];
        GazetteerBegin = new byte[size];
        GazetteerInside = new byte[size];
        NewsBegin = new byte[size];
        NewsInside = new byte[size];
        Quoting = new byte[size];
    }
}
