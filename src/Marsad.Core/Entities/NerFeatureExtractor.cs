using Marsad.Text;

namespace Marsad.Entities;

/// <summary>
/// Turns a sentence's tokens into features for the tagger: for each token, hashed (template, value) pairs over a
/// window of two words each side. The templates are the model's contract: changing them means retraining, so
/// <see cref="Version"/> is stored in every model and checked on load.
/// </summary>
public sealed class NerFeatureExtractor(NerLexicon lexicon)
{
    public const int Version = 1;

    [ThreadStatic]
    private static TokenFacts? scratch;

    public NerLexicon Lexicon => lexicon;

    /// <summary>Writes the features of <paramref name="tokens"/> (spans of <paramref name="text"/>) into <paramref name="output"/>.</summary>
    public void Extract(string text, ReadOnlySpan<TextSpan> tokens, SentenceFeatures output)
    {
        var facts = scratch ??= new TokenFacts();
        facts.Analyze(text, tokens, lexicon);
        output.Clear();
        for (var i = 0; i < tokens.Length; i++)
        {
            AddFeatures(facts, i, output);
            output.EndToken(facts.Word[i], facts.Stripped[i]);
        }
    }

    private void AddFeatures(TokenFacts f, int i, SentenceFeatures output)
    {
        var clusters = lexicon.Clusters;
        var embeddings = lexicon.Embeddings;
        void Add(Template template, ulong value) => output.Add(FeatureHash.Combine((ulong)template, value));

        Add(Template.Bias, 0);
        if (i == 0)
        {
            Add(Template.SentenceStart, 0);
        }

        // The words around, folded; the word itself also as written (على is not علي).
        for (var d = -2; d <= 2; d++)
        {
            Add(Template.Word + d, f.At(f.Word, i + d));
            Add(Template.Stem + d, f.At(f.Stem, i + d));
        }
        Add(Template.Raw, f.Raw[i]);
        Add(Template.WordPair, FeatureHash.Combine(f.At(f.Word, i - 1), f.Word[i]));
        Add(Template.WordPairNext, FeatureHash.Combine(f.Word[i], f.At(f.Word, i + 1)));
        Add(Template.StemPairBefore, FeatureHash.Combine(f.At(f.Stem, i - 2), f.At(f.Stem, i - 1)));

        // The word without its proclitics, and which proclitics it had.
        for (var d = -1; d <= 1; d++)
        {
            Add(Template.Stripped + d, f.At(f.Stripped, i + d));
        }
        Add(Template.Bare, f.Bare[i]);
        Add(Template.Clitics, f.Clitics[i]);

        for (var k = 0; k < TokenFacts.PrefixCount; k++)
        {
            Add(Template.Prefix + k, f.Prefixes[(i * TokenFacts.PrefixCount) + k]);
        }
        for (var k = 0; k < TokenFacts.SuffixCount; k++)
        {
            Add(Template.Suffix + k, f.Suffixes[(i * TokenFacts.SuffixCount) + k]);
        }

        // Affixes of the neighbours: a nisba (الكاميروني) or a feminine ending before a name says much.
        foreach (var d in (ReadOnlySpan<int>)[-1, 1])
        {
            var j = i + d;
            if (j >= 0 && j < f.Count)
            {
                Add(Template.NeighbourPrefix + d, f.Prefixes[(j * TokenFacts.PrefixCount) + 1]);
                Add(Template.NeighbourSuffix + d, f.Suffixes[(j * TokenFacts.SuffixCount) + 1]);
                Add(Template.NeighbourSuffix + d + 5, f.Suffixes[(j * TokenFacts.SuffixCount) + 2]);
                Add(Template.NeighbourBare + d, f.Bare[j]);
            }
        }
        Add(Template.Quoting, f.At(f.Quoting, i));

        for (var d = -1; d <= 1; d++)
        {
            Add(Template.Shape + d, f.At(f.Shape, i + d));
        }
        Add(Template.ShapeTriple, FeatureHash.Combine(f.At(f.Shape, i - 1), f.Shape[i], f.At(f.Shape, i + 1)));

        AddClusters(clusters, f.Cluster, f.Count, i, 0, Template.Cluster, WordClusters.PrefixLengths.Count, output);
        AddClusters(clusters, f.StrippedCluster, f.Count, i, 0, Template.StrippedCluster, WordClusters.PrefixLengths.Count, output);
        AddClusters(clusters, f.Cluster, f.Count, i, -1, Template.ClusterBefore, WordClusters.PrefixLengths.Count, output);
        AddClusters(clusters, f.Cluster, f.Count, i, 1, Template.ClusterAfter, WordClusters.PrefixLengths.Count, output);
        AddClusters(clusters, f.StrippedCluster, f.Count, i, -1, Template.StrippedClusterBefore, 3, output);
        AddClusters(clusters, f.StrippedCluster, f.Count, i, 1, Template.StrippedClusterAfter, 3, output);
        AddClusters(clusters, f.Cluster, f.Count, i, -2, Template.ClusterBefore2, 2, output);
        AddClusters(clusters, f.Cluster, f.Count, i, 2, Template.ClusterAfter2, 2, output);
        AddClusters(embeddings, f.Embedding, f.Count, i, 0, Template.Embedding, WordClusters.PrefixLengths.Count, output);
        AddClusters(embeddings, f.Embedding, f.Count, i, -1, Template.EmbeddingBefore, 3, output);
        AddClusters(embeddings, f.Embedding, f.Count, i, 1, Template.EmbeddingAfter, 3, output);

        for (var d = -1; d <= 1; d++)
        {
            Add(Template.GazetteerBegin + d, f.At(f.GazetteerBegin, i + d));
            Add(Template.GazetteerInside + d, f.At(f.GazetteerInside, i + d));
        }
        Add(Template.NameWord, f.NameWordTypes[i]);
        for (var d = -1; d <= 1; d++)
        {
            Add(Template.NewsBegin + d, f.At(f.NewsBegin, i + d));
            Add(Template.NewsInside + d, f.At(f.NewsInside, i + d));
        }
        Add(Template.NewsWord, f.NewsWordRoles[i]);
    }

    private static void AddClusters(WordClusters source, int[] cluster, int count, int i, int d, Template template, int lengths,
        SentenceFeatures output)
    {
        var j = i + d;
        var path = j >= 0 && j < count ? cluster[j] : -2;
        for (var k = 0; k < lengths; k++)
        {
            var value = path >= 0 ? source.PrefixHash(path, k) : (ulong)(long)path;
            output.Add(FeatureHash.Combine((ulong)(template + k), value));
        }
    }

    /// <summary>Feature families; an offset in the window is added to the base value.</summary>
    private enum Template : long
    {
        Bias = 1,
        SentenceStart = 2,
        Raw = 3,
        WordPair = 4,
        WordPairNext = 5,
        StemPairBefore = 6,
        Bare = 7,
        Clitics = 8,
        ShapeTriple = 9,
        NameWord = 10,
        Word = 20,
        Stem = 30,
        Stripped = 40,
        Prefix = 50,
        Suffix = 60,
        Shape = 70,
        Cluster = 80,
        StrippedCluster = 90,
        ClusterBefore = 100,
        ClusterAfter = 110,
        ClusterBefore2 = 120,
        ClusterAfter2 = 130,
        GazetteerBegin = 140,
        GazetteerInside = 150,
        NeighbourPrefix = 160,
        NeighbourSuffix = 170,
        NeighbourBare = 180,
        Quoting = 190,
        StrippedClusterBefore = 200,
        StrippedClusterAfter = 210,
        Embedding = 220,
        EmbeddingBefore = 230,
        EmbeddingAfter = 240,
        NewsBegin = 250,
        NewsInside = 260,
        NewsWord = 270,
    }
}
