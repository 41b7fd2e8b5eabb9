using System.Diagnostics;
using Marsad.Entities;

namespace Marsad.Evaluation.Ner;

/// <summary>Scores a tagger on gold sentences (conlleval rules) and measures its single-thread speed.</summary>
public static class NerEvaluation
{
    public static ConllevalScorer Score(EntityTagger tagger, IReadOnlyList<ConllSentence> sentences)
    {
        var scorer = new ConllevalScorer();
        foreach (var sentence in sentences)
        {
            scorer.Add(sentence.Tags.ToArray(), tagger.Tag(sentence.Tokens));
        }
        return scorer;
    }

    /// <summary>Writes <c>token gold predicted</c> per line, a blank line after each sentence: conlleval's input.</summary>
    public static void WritePredictions(EntityTagger tagger, IReadOnlyList<ConllSentence> sentences, TextWriter writer)
    {
        foreach (var sentence in sentences)
        {
            var predicted = tagger.Tag(sentence.Tokens);
            for (var i = 0; i < predicted.Length; i++)
            {
                writer.Write($"{sentence.Tokens[i]} {BioTags.ToConll(sentence.Tags[i])} {BioTags.ToConll(predicted[i])}\n");
            }
            writer.Write('\n');
        }
    }

    /// <summary>
    /// Tokens tagged per second on this thread: the sentences are tagged over and over for at least
    /// <paramref name="minimum"/>, after one warm-up pass.
    /// </summary>
    public static double TokensPerSecond(EntityTagger tagger, IReadOnlyList<ConllSentence> sentences, TimeSpan minimum)
    {
        foreach (var sentence in sentences)
        {
            tagger.Tag(sentence.Tokens);
        }
        long tokens = 0;
        var clock = Stopwatch.StartNew();
        do
        {
            foreach (var sentence in sentences)
            {
                tokens += tagger.Tag(sentence.Tokens).Length;
            }
        }
        while (clock.Elapsed < minimum);
        return tokens / clock.Elapsed.TotalSeconds;
    }

    /// <summary>
    /// Tokens per second through <see cref="EntityTagger.Find"/> on raw text: the sentences joined into one
    /// text, a line each, tagged over and over for at least <paramref name="minimum"/>.
    /// </summary>
    public static double FindTokensPerSecond(EntityTagger tagger, IReadOnlyList<ConllSentence> sentences, TimeSpan minimum)
    {
        var text = string.Join('\n', sentences.Select(s => string.Join(' ', s.Tokens)));
        var tokensPerPass = sentences.Sum(s => s.Tokens.Count);
        tagger.Find(text);
        long tokens = 0;
        var clock = Stopwatch.StartNew();
        do
        {
            tagger.Find(text);
            tokens += tokensPerPass;
        }
        while (clock.Elapsed < minimum);
        return tokens / clock.Elapsed.TotalSeconds;
    }
}
