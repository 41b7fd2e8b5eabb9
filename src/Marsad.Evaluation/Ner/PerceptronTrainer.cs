using Marsad.Entities;

namespace Marsad.Evaluation.Ner;

/// <summary>
/// Trains a linear-chain tagger with the averaged structured perceptron (Collins 2002): decode each sentence with
/// the current weights; where the best path differs from gold, add the gold path's features and subtract the
/// predicted path's. The weights returned are the average over all steps, kept with the usual trick of a
/// second, step-weighted accumulator. Sentences are shuffled before each epoch under a fixed seed.
/// </summary>
public sealed class PerceptronTrainer(int featureCount, NerTrainingOptions options)
{
    private const int Tags = BioTags.Count;

    private readonly double[] weights = new double[featureCount * Tags];
    private readonly double[] stepWeighted = new double[featureCount * Tags];
    private readonly double[] transitions = new double[Transitions.Size];
    private readonly double[] transitionsStepWeighted = new double[Transitions.Size];
    private readonly ViterbiScratch viterbi = new();
    private float[] emissions = new float[256 * Tags];
    private readonly float[] currentTransitions = new float[Transitions.Size];
    private BioTag[] predicted = new BioTag[256];
    private long step = 1;

    /// <summary>Runs one epoch; returns how many tokens were mistagged in it.</summary>
    public int RunEpoch(IReadOnlyList<EncodedSentence> sentences, Random random)
    {
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        random.Shuffle(order);
        var errors = 0;
        foreach (var index in order)
        {
            errors += Learn(sentences[index]);
            step++;
        }
        return errors;
    }

    public int Epochs => options.Epochs;

    /// <summary>The averaged weights so far: row by feature number, then the transitions.</summary>
    public (float[] Rows, float[] Transitions) Averaged()
    {
        var rows = new float[weights.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = (float)(weights[i] - (stepWeighted[i] / step));
        }
        var averagedTransitions = new float[Transitions.Size];
        for (var i = 0; i < averagedTransitions.Length; i++)
        {
            averagedTransitions[i] = (float)(transitions[i] - (transitionsStepWeighted[i] / step));
        }
        return (rows, averagedTransitions);
    }

    /// <summary>The best tags of an encoded sentence under given weights (rows by feature number, transitions).</summary>
    public static BioTag[] Decode(EncodedSentence sentence, float[] rows, float[] transitionWeights)
    {
        var n = sentence.Length;
        var scores = new float[Math.Max(1, n) * Tags];
        for (var i = 0; i < n; i++)
        {
            for (var k = sentence.Offsets[i]; k < sentence.Offsets[i + 1]; k++)
            {
                var row = sentence.Features[k] * Tags;
                for (var t = 0; t < Tags; t++)
                {
                    scores[(i * Tags) + t] += rows[row + t];
                }
            }
        }
        var best = new BioTag[n];
        ViterbiDecoder.Decode(scores, n, transitionWeights, best, new ViterbiScratch());
        return best;
    }

    private int Learn(EncodedSentence sentence)
    {
        var n = sentence.Length;
        if (emissions.Length < n * Tags)
        {
            emissions = new float[n * 2 * Tags];
            predicted = new BioTag[n * 2];
        }
        Score(sentence);
        for (var i = 0; i < currentTransitions.Length; i++)
        {
            currentTransitions[i] = (float)transitions[i];
        }
        ViterbiDecoder.Decode(emissions, n, currentTransitions, predicted, viterbi);

        var errors = 0;
        for (var i = 0; i < n; i++)
        {
            var gold = (int)sentence.Gold[i];
            var guess = (int)predicted[i];
            if (gold != guess)
            {
                errors++;
                for (var k = sentence.Offsets[i]; k < sentence.Offsets[i + 1]; k++)
                {
                    var row = sentence.Features[k] * Tags;
                    Update(weights, stepWeighted, row + gold, 1);
                    Update(weights, stepWeighted, row + guess, -1);
                }
            }
        }
        if (errors > 0)
        {
            for (var i = 0; i <= n; i++)
            {
                var goldFrom = i == 0 ? Transitions.Start : (int)sentence.Gold[i - 1];
                var goldTo = i == n ? Transitions.End : (int)sentence.Gold[i];
                var guessFrom = i == 0 ? Transitions.Start : (int)predicted[i - 1];
                var guessTo = i == n ? Transitions.End : (int)predicted[i];
                if (goldFrom != guessFrom || goldTo != guessTo)
                {
                    Update(transitions, transitionsStepWeighted, Transitions.Index(goldFrom, goldTo), 1);
                    Update(transitions, transitionsStepWeighted, Transitions.Index(guessFrom, guessTo), -1);
                }
            }
        }
        return errors;
    }

    private void Score(EncodedSentence sentence)
    {
        var n = sentence.Length;
        Array.Clear(emissions, 0, n * Tags);
        for (var i = 0; i < n; i++)
        {
            var target = i * Tags;
            for (var k = sentence.Offsets[i]; k < sentence.Offsets[i + 1]; k++)
            {
                var row = sentence.Features[k] * Tags;
                for (var t = 0; t < Tags; t++)
                {
                    emissions[target + t] += (float)weights[row + t];
                }
            }
        }
    }

    private void Update(double[] target, double[] accumulator, int index, double delta)
    {
        target[index] += delta;
        accumulator[index] += step * delta;
    }
}
