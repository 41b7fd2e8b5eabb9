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

    /// <summary>Writes every feature of <paramref name="tokens"/> (spans of <paramref name="text"/>) into <paramref name="output"/>.</summary>
    public void Extract(string text, ReadOnlySpan<TextSpan> tokens, SentenceFeatures output)
    {
        var facts = Analyze(text, tokens);
        output.Clear();
        for (var i = 0; i < tokens.Length; i++)
        {
            AddContextFeatures(facts, i, output);
            for (var d = -Reach; d <= Reach; d++)
            {
                AddWordFeatures(facts.At(i + d), d, i + d >= 0 && i + d < facts.Count, output);
            }
            output.EndToken(facts.Word[i], facts.Stripped[i]);
        }
    }

    /// <summary>How far the window reaches each side: the word features of a token's neighbours up to here count.</summary>
    internal const int Reach = 2;

    /// <summary>The facts of a sentence's tokens, in this thread's scratch (valid until the next sentence).</summary>
    internal TokenFacts Analyze(string text, ReadOnlySpan<TextSpan> tokens)
    {
        var facts = scratch ??= new TokenFacts();
        facts.Analyze(text, tokens, lexicon);
        return facts;
    }

    /// <summary>
    /// A word's features at each place of the window, one place as one token of <paramref name="output"/>
    /// (<paramref name="before"/> is the word for the places before the token, <paramref name="after"/> for the rest).
    /// </summary>
    internal void AddWordFeatures(in WordFacts before, in WordFacts after, bool inSentence, SentenceFeatures output)
    {
        for (var d = -Reach; d <= Reach; d++)
        {
            AddWordFeatures(d < 0 ? before : after, d, inSentence, output);
            output.EndToken();
        }
    }

    /// <summary>The features of token <paramref name="i"/> that depend on more than one word, or on where it stands.</summary>
    internal static void AddContextFeatures(TokenFacts f, int i, SentenceFeatures output)
    {
        void Add(Template template, ulong value) => output.Add(FeatureHash.Combine((ulong)template, value));

        Add(Template.Bias, 0);
        if (i == 0)
        {
            Add(Template.SentenceStart, 0);
        }
        Add(Template.WordPair, FeatureHash.Combine(f.At(i - 1).Word, f.Word[i]));
        Add(Template.WordPairNext, FeatureHash.Combine(f.Word[i], f.At(i + 1).Word));
        Add(Template.StemPairBefore, FeatureHash.Combine(f.At(i - 2).Stem, f.At(i - 1).Stem));
        Add(Template.Quoting, f.At(f.Quoting, i));
        Add(Template.ShapeTriple, FeatureHash.Combine(f.At(i - 1).Shape, f.At(i).Shape, f.At(i + 1).Shape));
        for (var d = -1; d <= 1; d++)
        {
            Add(Template.GazetteerBegin + d, f.At(f.GazetteerBegin, i + d));
            Add(Template.GazetteerInside + d, f.At(f.GazetteerInside, i + d));
        }
        for (var d = -1; d <= 1; d++)
        {
            Add(Template.NewsBegin + d, f.At(f.NewsBegin, i + d));
            Add(Template.NewsInside + d, f.At(f.NewsInside, i + d));
        }
    }

    /// <summary>
    /// The features a token gets from the word <paramref name="d"/> places away (itself at 0), which depend on that
    /// word alone; <paramref name="inSentence"/> is false for the markers past either end of the sentence.
    /// </summary>
    private void AddWordFeatures(in WordFacts w, int d, bool inSentence, SentenceFeatures output)
    {
        var clusters = lexicon.Clusters;
        var embeddings = lexicon.Embeddings;
        void Add(Template template, ulong value) => output.Add(FeatureHash.Combine((ulong)template, value));

        // The words around, folded; the word itself also as written (على is not علي).
        Add(Template.Word + d, w.Word);
        Add(Template.Stem + d, w.Stem);
        if (d == 0)
        {
            Add(Template.Raw, w.Raw);
            // The word without its proclitics, and which proclitics it had; its affixes and shape.
            Add(Template.Stripped, w.Stripped);
            Add(Template.Bare, w.Bare);
            Add(Template.Clitics, w.Clitics);
            for (var k = 0; k < TokenFacts.PrefixCount; k++)
            {
                Add(Template.Prefix + k, w.Prefixes[k]);
            }
            for (var k = 0; k < TokenFacts.SuffixCount; k++)
            {
                Add(Template.Suffix + k, w.Suffixes[k]);
            }
            Add(Template.Shape, w.Shape);
            AddClusters(clusters, w.Cluster, Template.Cluster, WordClusters.PrefixLengths.Count, output);
            AddClusters(clusters, w.StrippedCluster, Template.StrippedCluster, WordClusters.PrefixLengths.Count, output);
            AddClusters(embeddings, w.Embedding, Template.Embedding, WordClusters.PrefixLengths.Count, output);
            Add(Template.NameWord, w.NameWordTypes);
            Add(Template.NewsWord, w.NewsWordRoles);
        }
        else if (d is -1 or 1)
        {
            Add(Template.Stripped + d, w.Stripped);
            Add(Template.Shape + d, w.Shape);
            if (inSentence)
            {
                // Affixes of the neighbours: a nisba (الكاميروني) or a feminine ending before a name says much.
                Add(Template.NeighbourPrefix + d, w.Prefixes[1]);
                Add(Template.NeighbourSuffix + d, w.Suffixes[1]);
                Add(Template.NeighbourSuffix + d + 5, w.Suffixes[2]);
                Add(Template.NeighbourBare + d, w.Bare);
            }
            var before = d < 0;
            AddClusters(clusters, w.Cluster, before ? Template.ClusterBefore : Template.ClusterAfter,
                WordClusters.PrefixLengths.Count, output);
            AddClusters(clusters, w.StrippedCluster, before ? Template.StrippedClusterBefore : Template.StrippedClusterAfter, 3, output);
            AddClusters(embeddings, w.Embedding, before ? Template.EmbeddingBefore : Template.EmbeddingAfter, 3, output);
        }
        else
        {
            AddClusters(clusters, w.Cluster, d < 0 ? Template.ClusterBefore2 : Template.ClusterAfter2, 2, output);
        }
    }

    /// <summary>A cluster path's first <paramref name="lengths"/> prefixes; a negative path (none, or past the sentence) as itself.</summary>
    private static void AddClusters(WordClusters source, int path, Template template, int lengths, SentenceFeatures output)
    {
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
