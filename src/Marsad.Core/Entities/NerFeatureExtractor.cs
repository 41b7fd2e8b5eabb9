using Marsad.Text;

namespace Marsad.Entities;

/// <summary>
/// Turns a sentence's tokens into features for the tagger: for each token, hashed (template, value) pairs over a
/// window of two words each side (three for the stripped word). The templates are the model's contract: changing them means retraining, so
/// <see cref="Version"/> is stored in every model and checked on load.
/// </summary>
public sealed class NerFeatureExtractor(NerLexicon lexicon)
{
    public const int Version = 2;

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
        // Most keys depend on one word alone and were computed with it (WordKeys); the order of the features is
        // the model's, since scores are summed in it.
        void Add(NerTemplate template, ulong value) => output.Add(FeatureHash.Combine((ulong)template, value));
        void Copy(ReadOnlySpan<ulong> keys, int slot, int count = 1)
        {
            foreach (var key in keys.Slice(slot, count))
            {
                output.Add(key);
            }
        }
        var own = f.KeysAt(i);
        var before = f.KeysAt(i - 1);
        var after = f.KeysAt(i + 1);

        output.Add(BiasKey);
        if (i == 0)
        {
            output.Add(SentenceStartKey);
        }

        // The words around, folded; the word itself also as written (على is not علي).
        foreach (var (at, slot) in (ReadOnlySpan<(int, int)>)[(-2, 0), (-1, 1), (0, 2), (1, 3), (2, 4)])
        {
            var keys = f.KeysAt(i + at);
            Copy(keys, WordKeys.WordAt + slot);
            Copy(keys, WordKeys.StemAt + slot);
        }
        Copy(own, WordKeys.Raw);
        Add(NerTemplate.WordPair, FeatureHash.Combine(f.At(f.Word, i - 1), f.Word[i]));
        Add(NerTemplate.WordPairNext, FeatureHash.Combine(f.Word[i], f.At(f.Word, i + 1)));
        Add(NerTemplate.StemPairBefore, FeatureHash.Combine(f.At(f.Stem, i - 2), f.At(f.Stem, i - 1)));

        // The word without its proclitics, and which proclitics it had; three words out, a trigger further back
        // (قال وزير الخارجية الأمريكي ...).
        Copy(before, WordKeys.StrippedAt);
        Copy(own, WordKeys.StrippedAt + 1);
        Copy(after, WordKeys.StrippedAt + 2);
        Copy(f.KeysAt(i - 3), WordKeys.StrippedThreeBefore);
        Copy(f.KeysAt(i + 3), WordKeys.StrippedThreeAfter);
        Copy(own, WordKeys.Bare);
        Copy(own, WordKeys.Clitics);
        Copy(own, WordKeys.Prefix, TokenFacts.PrefixCount);
        Copy(own, WordKeys.Suffix, TokenFacts.SuffixCount);

        // Affixes of the neighbours: a nisba (الكاميروني) or a feminine ending before a name says much.
        if (i > 0)
        {
            Copy(before, WordKeys.NeighbourBefore, 4);
        }
        if (i + 1 < f.Count)
        {
            Copy(after, WordKeys.NeighbourAfter, 4);
        }
        Add(NerTemplate.Quoting, f.At(f.Quoting, i));

        Copy(before, WordKeys.ShapeAt);
        Copy(own, WordKeys.ShapeAt + 1);
        Copy(after, WordKeys.ShapeAt + 2);
        Add(NerTemplate.ShapeTriple, FeatureHash.Combine(f.At(f.Shape, i - 1), f.Shape[i], f.At(f.Shape, i + 1)));

        Copy(own, WordKeys.Cluster, 5);
        Copy(own, WordKeys.StrippedCluster, 5);
        Copy(before, WordKeys.ClusterBefore, 5);
        Copy(after, WordKeys.ClusterAfter, 5);
        Copy(before, WordKeys.StrippedClusterBefore, 3);
        Copy(after, WordKeys.StrippedClusterAfter, 3);
        Copy(f.KeysAt(i - 2), WordKeys.ClusterBefore2, 2);
        Copy(f.KeysAt(i + 2), WordKeys.ClusterAfter2, 2);

        // A neighbour word with the kind of word this one is: «قال» before a word of a name-like cluster.
        var ownClass = f.Cluster[i] >= 0 ? lexicon.Clusters.PrefixHash(f.Cluster[i], 1) : (ulong)(long)f.Cluster[i];
        Add(NerTemplate.StrippedBeforeClass, FeatureHash.Combine(f.At(f.Stripped, i - 1), ownClass));
        Add(NerTemplate.StrippedAfterClass, FeatureHash.Combine(ownClass, f.At(f.Stripped, i + 1)));

        Copy(own, WordKeys.Embedding, 5);
        Copy(before, WordKeys.EmbeddingBefore, 3);
        Copy(after, WordKeys.EmbeddingAfter, 3);

        for (var d = -1; d <= 1; d++)
        {
            Add(NerTemplate.GazetteerBegin + d, f.At(f.GazetteerBegin, i + d));
            Add(NerTemplate.GazetteerInside + d, f.At(f.GazetteerInside, i + d));
        }
        Copy(own, WordKeys.NameWord);
        for (var d = -1; d <= 1; d++)
        {
            Add(NerTemplate.NewsBegin + d, f.At(f.NewsBegin, i + d));
            Add(NerTemplate.NewsInside + d, f.At(f.NewsInside, i + d));
        }
        Copy(own, WordKeys.NewsWord);
    }

    private static readonly ulong BiasKey = FeatureHash.Combine((ulong)NerTemplate.Bias, 0);
    private static readonly ulong SentenceStartKey = FeatureHash.Combine((ulong)NerTemplate.SentenceStart, 0);
}
