using System.Diagnostics;
using Marsad.Entities;

namespace Marsad.Evaluation.Ner;

/// <summary>Scores a tagger on gold sentences (conlleval rules) and measures its single-thread speed.</summary>
public static class NerEvaluation
{
    public static ConllevalScorer Score(EntityTagger tagger, IReadOnlyList<ConllSentence> sentences)
    {
        // The sentences are consecutive text: the document pass sees its neighbours, as in an article.
        var scorer = new ConllevalScorer();
        var tagged = tagger.TagSentences([.. sentences.Select(s => s.Tokens)]);
        for (var i = 0; i < sentences.Count; i++)
        {
            scorer.Add(sentences[i].Tags.ToArray(), tagged[i]);
        }
        return scorer;
    }

    /// <summary>Writes <c>token gold predicted</c> per line, a blank line after each sentence: conlleval's input.</summary>
    public static void WritePredictions(EntityTagger tagger, IReadOnlyList<ConllSentence> sentences, TextWriter writer)
    {
        var tagged = tagger.TagSentences([.. sentences.Select(s => s.Tokens)]);
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            for (var i = 0; i < tagged[s].Length; i++)
            {
                writer.Write($"{sentence.Tokens[i]} {BioTags.ToConll(sentence.Tags[i])} {BioTags.ToConll(tagged[s][i])}\n");
            }
            writer.Write('\n');
        }
    }

    /// <summary>
    /// Tokens tagged per second on this thread: the sentences, already tokenized, are tagged over and over (as
    /// documents of 20 sentences, about an article) for at least <paramref name="minimum"/>, after a warm-up pass.
    /// </summary>
    public static NerSpeed TokensPerSecond(EntityTagger tagger, IReadOnlyList<ConllSentence> sentences, TimeSpan minimum)
    {
        var documents = sentences.Select(s => s.Tokens).Chunk(20).ToList();
        foreach (var document in documents)
        {
            tagger.TagSentences(document);
        }
        long tokens = 0;
        var cpu = ThreadCpuClock.Now();
        var clock = Stopwatch.StartNew();
        do
        {
            foreach (var document in documents)
            {
                tokens += tagger.TagSentences(document).Sum(t => t.Length);
            }
        }
        while (clock.Elapsed < minimum);
        return new NerSpeed(tokens, clock.Elapsed, ThreadCpuClock.Now() - cpu);
    }

    /// <summary>
    /// Tokens per second through <see cref="EntityTagger.Find"/> on raw text: the sentences joined into texts of
    /// 20 lines (about an article), tagged over and over for at least <paramref name="minimum"/>.
    /// </summary>
    public static NerSpeed FindTokensPerSecond(EntityTagger tagger, IReadOnlyList<ConllSentence> sentences, TimeSpan minimum)
    {
        var texts = sentences.Chunk(20).Select(d => string.Join('\n', d.Select(s => string.Join(' ', s.Tokens)))).ToList();
        var tokensPerPass = sentences.Sum(s => s.Tokens.Count);
        texts.ForEach(t => tagger.Find(t));
        long tokens = 0;
        var cpu = ThreadCpuClock.Now();
        var clock = Stopwatch.StartNew();
        do
        {
            texts.ForEach(t => tagger.Find(t));
            tokens += tokensPerPass;
        }
        while (clock.Elapsed < minimum);
        return new NerSpeed(tokens, clock.Elapsed, ThreadCpuClock.Now() - cpu);
    }
}
