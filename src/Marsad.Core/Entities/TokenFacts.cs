using Lucene.Net.Analysis.Ar;
using Marsad.Text;

namespace Marsad.Entities;

/// <summary>
/// What the features need to know about each token of a sentence, computed once per token: hashes of its folded
/// form, its form without proclitics and article, its light stem, affixes and shape; its word clusters; and the
/// gazetteer's matches. Scratch storage, reused sentence after sentence on one thread.
/// </summary>
internal sealed class TokenFacts
{
    public const int PrefixCount = 3;
    public const int SuffixCount = 4;

    private static readonly ArabicStemmer Stemmer = new();
    private static readonly ulong BeforeStart = FeatureHash.Of("<s>");
    private static readonly ulong AfterEnd = FeatureHash.Of("</s>");

    private char[] chars = new char[64];
    private char[] strippedChars = new char[64];

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
        var clusters = lexicon.Clusters;
        var embeddings = lexicon.Embeddings;
        Raw[i] = FeatureHash.Of(raw);
        Shape[i] = TokenShape.Of(raw);

        var folded = Fold(raw);
        Word[i] = FeatureHash.Of(folded);
        for (var k = 0; k < PrefixCount; k++)
        {
            Prefixes[(i * PrefixCount) + k] = FeatureHash.Of(folded[..Math.Min(folded.Length, k + 1)]);
        }
        for (var k = 0; k < SuffixCount; k++)
        {
            Suffixes[(i * SuffixCount) + k] = FeatureHash.Of(folded[Math.Max(0, folded.Length - k - 1)..]);
        }

        var cut = Proclitics.ConjunctionAndPreposition(folded, out _);
        Clitics[i] = FeatureHash.Of(folded[..cut]);
        var stripped = StripInto(folded);
        Stripped[i] = FeatureHash.Of(stripped);
        var bare = Proclitics.WithoutArticle(stripped);
        Bare[i] = FeatureHash.Of(bare);

        Cluster[i] = clusters.Find(folded);
        StrippedCluster[i] = clusters.Find(stripped) is var c and >= 0 ? c : clusters.Find(bare);
        Embedding[i] = embeddings.Find(folded) is var e and >= 0 ? e
            : embeddings.Find(stripped) is var s and >= 0 ? s : embeddings.Find(bare);
        NameWordTypes[i] = (byte)(lexicon.Names.RolesOfWord(Word[i]) | lexicon.Names.RolesOfWord(Stripped[i]));
        NewsWordRoles[i] = (byte)(lexicon.NewsNames.RolesOfWord(Word[i]) | lexicon.NewsNames.RolesOfWord(Stripped[i]));

        Stem[i] = FeatureHash.Of(LightStem(folded));
    }

    /// <summary>Folds into this scratch's own buffer (the folder's buffer is shared by every caller on the thread).</summary>
    private ReadOnlySpan<char> Fold(ReadOnlySpan<char> raw)
    {
        var folded = ArabicFolder.FoldToBuffer(raw, out var length);
        if (chars.Length < length + 1)
        {
            chars = new char[length * 2];
            strippedChars = new char[(length * 2) + 1];
        }
        folded.AsSpan(0, length).CopyTo(chars);
        return chars.AsSpan(0, length);
    }

    private ReadOnlySpan<char> StripInto(ReadOnlySpan<char> folded)
    {
        var length = Proclitics.Strip(folded, strippedChars);
        return strippedChars.AsSpan(0, length);
    }

    /// <summary>Lucene's light stemmer, in place on the folded word (the last use of <see cref="chars"/>).</summary>
    private ReadOnlySpan<char> LightStem(ReadOnlySpan<char> folded)
    {
        var length = Stemmer.Stem(chars, folded.Length);
        return chars.AsSpan(0, length);
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
