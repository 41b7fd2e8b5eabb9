using Marsad.Entities;

namespace Marsad.Tests.Entities;

/// <summary>
/// The tagger scores a token from its neighbourhood's features plus kept sums of its words' own features
/// (<see cref="WordScores"/>); that must come to what scoring every feature one by one gives.
/// </summary>
public sealed class SentenceScorerTests
{
    private static readonly NerModel Model = EntityTagger.Default.Model;

    [Fact]
    public void Scoring_with_kept_word_sums_gives_what_scoring_every_feature_gives()
    {
        var weights = new TwoPassWeights(Model.Weights, Model.DocumentPass?.Weights);
        var texts = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "entities"), "*.txt")
            .Select(File.ReadAllText)
            .Append("قال محمد إن محمد سافر إلى الرياض، ثم عاد محمد") // one word thrice in a sentence
            .Append("بغداد") // a sentence of one word: markers on both sides
            .ToArray();
        var compared = 0;
        // Twice over: the second time every word's sums are kept ones.
        foreach (var text in texts.Concat(texts))
        {
            var tokens = NerTokenizer.Tokenize(text).ToArray();
            for (var start = 0; start < tokens.Length;)
            {
                var end = SentenceBreaks.EndOfSentence(text, tokens, start);
                var sentence = tokens.AsSpan(start, end - start);
                var size = sentence.Length * BioTags.Count;
                var (allFirst, allSecond) = (new float[size], new float[size]);
                var every = new SentenceFeatures();
                Model.Features.Extract(text, sentence, every);
                weights.Score(every, allFirst, allSecond);

                var (keptFirst, keptSecond) = (new float[size], new float[size]);
                var context = new SentenceFeatures();
                SentenceScorer.ForThisThread.Score(Model.Features, text, sentence, weights, context, keptFirst, keptSecond);

                AssertClose(allFirst, keptFirst, text, start);
                AssertClose(allSecond, keptSecond, text, start);
                Assert.Equal(every.Words.ToArray(), context.Words.ToArray());
                Assert.Equal(every.StrippedWords.ToArray(), context.StrippedWords.ToArray());
                Assert.True(context.KeyCount < every.KeyCount / 3, "Most features are a word's own.");
                compared += sentence.Length;
                start = end;
            }
        }
        Assert.True(compared > 500, $"only {compared} tokens compared");
    }

    [Fact]
    public void Forgets_its_sums_for_other_weights_or_another_generation_of_the_cache()
    {
        var scores = new WordScores();
        var weights = new TwoPassWeights(Model.Weights, null);
        Assert.True(scores.Start(weights, generation: 1));
        Assert.True(scores.IsNew(5000));
        Assert.False(scores.IsNew(5000));
        Assert.False(scores.Start(weights, generation: 1));
        Assert.False(scores.IsNew(5000));
        Assert.False(scores.Start(weights, generation: 2));
        Assert.True(scores.IsNew(5000));
        Assert.True(scores.Start(new TwoPassWeights(Model.Weights, null), generation: 2));
        Assert.True(scores.IsNew(5000));
    }

    private static void AssertClose(float[] expected, float[] actual, string text, int sentence)
    {
        for (var k = 0; k < expected.Length; k++)
        {
            // The same weights added in another order: equal but for rounding.
            var tolerance = 1e-4f * Math.Max(1f, Math.Abs(expected[k]));
            Assert.True(Math.Abs(expected[k] - actual[k]) <= tolerance,
                $"sentence at token {sentence}, score {k}: {expected[k]} vs {actual[k]} in «{text[..Math.Min(40, text.Length)]}»");
        }
    }
}
