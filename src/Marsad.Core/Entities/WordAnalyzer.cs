using Lucene.Net.Analysis.Ar;
using Marsad.Text;

namespace Marsad.Entities;

/// <summary>
/// Computes a word's <see cref="WordFacts"/>: folds it, strips its proclitics and article, stems it lightly
/// (Lucene's Arabic stemmer), and looks the forms up in the lexicon. Scratch buffers make it one per thread.
/// </summary>
internal sealed class WordAnalyzer
{
    private static readonly ArabicStemmer Stemmer = new();

    private char[] chars = new char[64];
    private char[] strippedChars = new char[64];

    public void Analyze(ReadOnlySpan<char> raw, NerLexicon lexicon, ref WordFacts facts)
    {
        var clusters = lexicon.Clusters;
        var embeddings = lexicon.Embeddings;
        facts.Raw = FeatureHash.Of(raw);
        facts.Shape = TokenShape.Of(raw);

        var folded = Fold(raw);
        facts.Word = FeatureHash.Of(folded);
        for (var k = 0; k < TokenFacts.PrefixCount; k++)
        {
            facts.Prefixes[k] = FeatureHash.Of(folded[..Math.Min(folded.Length, k + 1)]);
        }
        for (var k = 0; k < TokenFacts.SuffixCount; k++)
        {
            facts.Suffixes[k] = FeatureHash.Of(folded[Math.Max(0, folded.Length - k - 1)..]);
        }

        var cut = Proclitics.ConjunctionAndPreposition(folded, out _);
        facts.Clitics = FeatureHash.Of(folded[..cut]);
        var stripped = StripInto(folded);
        facts.Stripped = FeatureHash.Of(stripped);
        var bare = Proclitics.WithoutArticle(stripped);
        facts.Bare = FeatureHash.Of(bare);

        facts.Cluster = clusters.Find(folded);
        facts.StrippedCluster = clusters.Find(stripped) is var c and >= 0 ? c : clusters.Find(bare);
        facts.Embedding = embeddings.Find(folded) is var e and >= 0 ? e
            : embeddings.Find(stripped) is var s and >= 0 ? s : embeddings.Find(bare);
        facts.NameWordTypes = (byte)(lexicon.Names.RolesOfWord(facts.Word) | lexicon.Names.RolesOfWord(facts.Stripped));
        facts.NewsWordRoles = (byte)(lexicon.NewsNames.RolesOfWord(facts.Word) | lexicon.NewsNames.RolesOfWord(facts.Stripped));

        facts.Stem = FeatureHash.Of(LightStem(folded));
    }

    /// <summary>Folds into this analyzer's own buffer (the folder's buffer is shared by every caller on the thread).</summary>
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
}
