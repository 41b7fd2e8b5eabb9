using Marsad.Text;

namespace Marsad.Entities;

/// <summary>
/// Scores a sentence's tokens for both passes of <see cref="TwoPassWeights"/>, as they would score every feature of
/// <see cref="NerFeatureExtractor.Extract"/>, while looking up only the features that depend on a token's
/// neighbourhood (some twenty of a hundred). Those that depend on one word alone come as kept sums per word and place
/// in the window (<see cref="WordScores"/>), made the first time the word is seen, all of a sentence's new words
/// together. Per thread.
/// </summary>
/// <remarks>
/// Tried and not kept: keeping sums of the gazetteer and quotation features too, by the value of all fourteen
/// together (most tokens have none). The tagger's share of an enriched bench's samples fell by 0.6 points only
/// (23.7% to 23.1%), under the noise of a bench run, so the extra cache was not worth its code.
/// </remarks>
internal sealed class SentenceScorer
{
    [ThreadStatic]
    private static SentenceScorer? threadScorer;

    private readonly WordScores words = new();
    private readonly SentenceFeatures newKeys = new();

    /// <summary>The words whose features are in <see cref="newKeys"/>, by index in the cache (-1: the markers).</summary>
    private readonly List<int> newWords = [];

    public static SentenceScorer ForThisThread => threadScorer ??= new SentenceScorer();

    /// <summary>
    /// Scores <paramref name="tokens"/> into <paramref name="first"/> and <paramref name="second"/> (<c>[token * tags + tag]</c>);
    /// <paramref name="context"/> gets the features looked up one by one, and each token's words for the document pass.
    /// </summary>
    public void Score(NerFeatureExtractor extractor, string text, ReadOnlySpan<TextSpan> tokens, TwoPassWeights weights,
        SentenceFeatures context, Span<float> first, Span<float> second)
    {
        var facts = extractor.Analyze(text, tokens);
        context.Clear();
        for (var i = 0; i < tokens.Length; i++)
        {
            NerFeatureExtractor.AddContextFeatures(facts, i, context);
            context.EndToken(facts.Word[i], facts.Stripped[i]);
        }
        weights.Score(context, first, second);

        FindNewWords(extractor, facts, weights);
        if (newWords.Count > 0)
        {
            // All new words' features at once: their lookups' cache misses overlap.
            var sums = weights.SumEach(newKeys);
            for (var k = 0; k < newWords.Count; k++)
            {
                sums.Slice(k * WordScores.Length, WordScores.Length)
                    .CopyTo(newWords[k] < 0 ? words.Padding() : words.Of(newWords[k]));
            }
        }
        for (var i = 0; i < tokens.Length; i++)
        {
            for (var d = -NerFeatureExtractor.Reach; d <= NerFeatureExtractor.Reach; d++)
            {
                var j = i + d;
                var row = j >= 0 && j < tokens.Length ? words.Of(facts.CacheIndex[j], d) : words.Padding(d);
                TwoPassWeights.Add(row, i, first, second);
            }
        }
    }

    /// <summary>Finds the words of this sentence with no kept sums yet, with their features in <see cref="newKeys"/>.</summary>
    private void FindNewWords(NerFeatureExtractor extractor, TokenFacts facts, TwoPassWeights weights)
    {
        newKeys.Clear();
        newWords.Clear();
        if (words.Start(weights, facts.CacheGeneration))
        {
            extractor.AddWordFeatures(TokenFacts.BeforeStart, TokenFacts.AfterEnd, false, newKeys);
            newWords.Add(-1);
        }
        for (var j = 0; j < facts.Count; j++)
        {
            var word = facts.CacheIndex[j];
            if (words.IsNew(word))
            {
                extractor.AddWordFeatures(facts.Facts[j], facts.Facts[j], true, newKeys);
                newWords.Add(word);
            }
        }
    }
}
