using System.Runtime.CompilerServices;

namespace Marsad.Entities;

/// <summary>
/// The feature hashes that depend on one word alone, for each place in the window the word can be seen from
/// (as the token itself, as the word before, the word two before, ...): computed once per word and kept in its
/// <see cref="WordFacts"/>, so a token's features are mostly copied, not hashed. Slot numbers say which; the
/// words before the first token and after the last have fixed keys of their own.
/// </summary>
[InlineArray(Count)]
internal struct WordKeys
{
    public const int Count = EmbeddingAfter + 3;

    // Seen from the token d words away: WordAt + 2 + d (d from -2 to 2), and so on.
    public const int WordAt = 0;
    public const int StemAt = 5;
    public const int Raw = 10;
    public const int StrippedAt = 11;
    public const int StrippedThreeBefore = 14;
    public const int StrippedThreeAfter = 15;
    public const int Bare = 16;
    public const int Clitics = 17;
    public const int Prefix = 18;
    public const int Suffix = Prefix + TokenFacts.PrefixCount;
    public const int NeighbourBefore = Suffix + TokenFacts.SuffixCount;
    public const int NeighbourAfter = NeighbourBefore + 4;
    public const int ShapeAt = NeighbourAfter + 4;
    public const int NameWord = ShapeAt + 3;
    public const int NewsWord = NameWord + 1;
    public const int Cluster = NewsWord + 1;
    public const int StrippedCluster = Cluster + 5;
    public const int ClusterBefore = StrippedCluster + 5;
    public const int ClusterAfter = ClusterBefore + 5;
    public const int StrippedClusterBefore = ClusterAfter + 5;
    public const int StrippedClusterAfter = StrippedClusterBefore + 3;
    public const int ClusterBefore2 = StrippedClusterAfter + 3;
    public const int ClusterAfter2 = ClusterBefore2 + 2;
    public const int Embedding = ClusterAfter2 + 2;
    public const int EmbeddingBefore = Embedding + 5;
    public const int EmbeddingAfter = EmbeddingBefore + 3;

    private ulong first;

    /// <summary>The keys of the place before a sentence's first word (d &lt; 0 only), by slot.</summary>
    public static ulong[] BeforeSentence { get; } = Boundary(FeatureHash.Of("<s>"));

    /// <summary>The keys of the place after a sentence's last word (d &gt; 0 only), by slot.</summary>
    public static ulong[] AfterSentence { get; } = Boundary(FeatureHash.Of("</s>"));

    /// <summary>Fills <paramref name="f"/>'s keys from its hashes and cluster paths.</summary>
    public static void Fill(ref WordFacts f, NerLexicon lexicon)
    {
        ref var keys = ref f.Keys;
        for (var d = -2; d <= 2; d++)
        {
            keys[WordAt + 2 + d] = Key(NerTemplate.Word + d, f.Word);
            keys[StemAt + 2 + d] = Key(NerTemplate.Stem + d, f.Stem);
        }
        keys[Raw] = Key(NerTemplate.Raw, f.Raw);
        for (var d = -1; d <= 1; d++)
        {
            keys[StrippedAt + 1 + d] = Key(NerTemplate.Stripped + d, f.Stripped);
            keys[ShapeAt + 1 + d] = Key(NerTemplate.Shape + d, f.Shape);
        }
        keys[StrippedThreeBefore] = Key(NerTemplate.Stripped - 3, f.Stripped);
        keys[StrippedThreeAfter] = Key(NerTemplate.Stripped + 3, f.Stripped);
        keys[Bare] = Key(NerTemplate.Bare, f.Bare);
        keys[Clitics] = Key(NerTemplate.Clitics, f.Clitics);
        for (var k = 0; k < TokenFacts.PrefixCount; k++)
        {
            keys[Prefix + k] = Key(NerTemplate.Prefix + k, f.Prefixes[k]);
        }
        for (var k = 0; k < TokenFacts.SuffixCount; k++)
        {
            keys[Suffix + k] = Key(NerTemplate.Suffix + k, f.Suffixes[k]);
        }
        foreach (var (slot, d) in (ReadOnlySpan<(int, int)>)[(NeighbourBefore, -1), (NeighbourAfter, 1)])
        {
            keys[slot] = Key(NerTemplate.NeighbourPrefix + d, f.Prefixes[1]);
            keys[slot + 1] = Key(NerTemplate.NeighbourSuffix + d, f.Suffixes[1]);
            keys[slot + 2] = Key(NerTemplate.NeighbourSuffix + d + 5, f.Suffixes[2]);
            keys[slot + 3] = Key(NerTemplate.NeighbourBare + d, f.Bare);
        }
        keys[NameWord] = Key(NerTemplate.NameWord, f.NameWordTypes);
        keys[NewsWord] = Key(NerTemplate.NewsWord, f.NewsWordRoles);
        FillClusters(ref keys, lexicon.Clusters, f.Cluster, f.StrippedCluster);
        FillPaths(ref keys, lexicon.Embeddings, f.Embedding, Embedding, NerTemplate.Embedding, 5);
        FillPaths(ref keys, lexicon.Embeddings, f.Embedding, EmbeddingBefore, NerTemplate.EmbeddingBefore, 3);
        FillPaths(ref keys, lexicon.Embeddings, f.Embedding, EmbeddingAfter, NerTemplate.EmbeddingAfter, 3);
    }

    private static void FillClusters(ref WordKeys keys, WordClusters clusters, int cluster, int stripped)
    {
        FillPaths(ref keys, clusters, cluster, Cluster, NerTemplate.Cluster, 5);
        FillPaths(ref keys, clusters, stripped, StrippedCluster, NerTemplate.StrippedCluster, 5);
        FillPaths(ref keys, clusters, cluster, ClusterBefore, NerTemplate.ClusterBefore, 5);
        FillPaths(ref keys, clusters, cluster, ClusterAfter, NerTemplate.ClusterAfter, 5);
        FillPaths(ref keys, clusters, stripped, StrippedClusterBefore, NerTemplate.StrippedClusterBefore, 3);
        FillPaths(ref keys, clusters, stripped, StrippedClusterAfter, NerTemplate.StrippedClusterAfter, 3);
        FillPaths(ref keys, clusters, cluster, ClusterBefore2, NerTemplate.ClusterBefore2, 2);
        FillPaths(ref keys, clusters, cluster, ClusterAfter2, NerTemplate.ClusterAfter2, 2);
    }

    /// <summary>Path prefixes, coarse to fine; a word without a path (-1) or outside the sentence (-2) has that number.</summary>
    private static void FillPaths(ref WordKeys keys, WordClusters source, int path, int slot, NerTemplate template, int lengths)
    {
        for (var k = 0; k < lengths; k++)
        {
            keys[slot + k] = Key(template + k, path >= 0 ? source.PrefixHash(path, k) : (ulong)(long)path);
        }
    }

    /// <summary>
    /// The keys of a place outside the sentence: its words are <paramref name="marker"/> and its cluster paths -2.
    /// Affix, name-list and own-token slots are never read there.
    /// </summary>
    private static ulong[] Boundary(ulong marker)
    {
        var f = new WordFacts
        {
            Raw = marker, Word = marker, Stripped = marker, Bare = marker, Stem = marker, Clitics = marker, Shape = marker,
            Cluster = -2, StrippedCluster = -2, Embedding = -2,
        };
        Fill(ref f, NerLexicon.Empty);
        return ((ReadOnlySpan<ulong>)f.Keys).ToArray();
    }

    private static ulong Key(NerTemplate template, ulong value) => FeatureHash.Combine((ulong)template, value);
}
