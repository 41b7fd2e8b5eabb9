using Marsad.Text;

namespace Marsad.Entities;

/// <summary>
/// What the features need to know about each token of a sentence, computed once per token: hashes of its folded
/// form, its form without proclitics and article, its light stem, affixes and shape; its word clusters; and the
/// gazetteer's matches. Scratch storage, reused sentence after sentence on one thread; what depends on a word
/// alone comes from a <see cref="WordFactsCache"/>.
/// </summary>
internal sealed class TokenFacts
{
    public const int PrefixCount = 3;
    public const int SuffixCount = 4;

    private static readonly ulong BeforeStart = FeatureHash.Of("<s>");
    private static readonly ulong AfterEnd = FeatureHash.Of("</s>");

    private readonly WordFactsCache words = new();

    public int Count { get; private set; }

    public ulong[] Raw { get; private set; } = [];
    public ulong[] Word { get; private set; } = [];
    public ulong[] Stripped { get; private set; } = [];
    public ulong[] Bare { get; private set; } = [];
    public ulong[] Stem { get; private set; } = [];
    public ulong[] Clitics { get; private set; } = [];
    public ulong[] Shape { get; private set; } = [];
    public ulong[] Prefixes { get; private set; } = [];
    public ulong[] Suffixes { get; private set; } = [];
    public int[] Cluster { get; private set; } = [];
    public int[] StrippedCluster { get; private set; } = [];
    public int[] Embedding { get; private set; } = [];
    public byte[] GazetteerBegin { get; private set; } = [];
    public byte[] GazetteerInside { get; private set; } = [];
    public byte[] NameWordTypes { get; private set; } = [];
    public byte[] NewsBegin { get; private set; } = [];
    public byte[] NewsInside { get; private set; } = [];
    public byte[] NewsWordRoles { get; private set; } = [];
    public byte[] Quoting { get; private set; } = [];

    /// <summary>A hash at position <paramref name="j"/>, or a marker for positions before or after the sentence.</summary>
    public ulong At(ulong[] values, int j) => j < 0 ? BeforeStart : j >= Count ? AfterEnd : values[j];

    /// <summary>A type mask at position <paramref name="j"/>, or a marker outside the sentence.</summary>
    public ulong At(byte[] values, int j) => j < 0 || j >= Count ? 0xFFUL : values[j];

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
        Raw[i] = word.Raw;
        Shape[i] = word.Shape;
        Word[i] = word.Word;
        for (var k = 0; k < PrefixCount; k++)
        {
            Prefixes[(i * PrefixCount) + k] = word.Prefixes[k];
        }
        for (var k = 0; k < SuffixCount; k++)
        {
            Suffixes[(i * SuffixCount) + k] = word.Suffixes[k];
        }
        Clitics[i] = word.Clitics;
        Stripped[i] = word.Stripped;
        Bare[i] = word.Bare;
        Cluster[i] = word.Cluster;
        StrippedCluster[i] = word.StrippedCluster;
        Embedding[i] = word.Embedding;
        NameWordTypes[i] = word.NameWordTypes;
        NewsWordRoles[i] = word.NewsWordRoles;
        Stem[i] = word.Stem;
    }

    private void EnsureCapacity(int count)
    {
        if (Word.Length >= count)
        {
            return;
        }
        var size = Math.Max(count, Word.Length * 2);
        Raw = new ulong[size];
        Word = new ulong[size];
        Stripped = new ulong[size];
        Bare = new ulong[size];
        Stem = new ulong[size];
        Clitics = new ulong[size];
        Shape = new ulong[size];
        Prefixes = new ulong[size * PrefixCount];
        Suffixes = new ulong[size * SuffixCount];
        Cluster = new int[size];
        StrippedCluster = new int[size];
        Embedding = new int[size];
        GazetteerBegin = new byte[size];
        GazetteerInside = new byte[size];
        NameWordTypes = new byte[size];
        NewsBegin = new byte[size];
        NewsInside = new byte[size];
        NewsWordRoles = new byte[size];
        Quoting = new byte[size];
    }
}
