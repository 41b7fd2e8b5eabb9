using Marsad.Entities;

namespace Marsad.Evaluation.Ner;

/// <summary>Learns the weights of a linear-chain tagger with the configured algorithm; both give the same kind of weights.</summary>
public sealed class LinearChainLearner(NerTrainingOptions options, TextWriter log)
{
    /// <summary>
    /// Weights learned from <paramref name="sentences"/> (rows by feature number, then transitions). The
    /// perceptron reports after each epoch through <paramref name="afterEpoch"/>, if given.
    /// </summary>
    public (float[] Rows, float[] Transitions) Learn(IReadOnlyList<EncodedSentence> sentences, int featureCount,
        Action<int, float[], float[]>? afterEpoch = null)
    {
        if (options.Algorithm == NerAlgorithm.Crf)
        {
            return new CrfTrainer(options, log).Train(sentences, featureCount);
        }
        var perceptron = new PerceptronTrainer(featureCount, options);
        var random = new Random(options.Seed);
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            var errors = perceptron.RunEpoch(sentences, random);
            log.WriteLine($"  epoch {epoch,2}: {errors} tokens mistagged");
            if (afterEpoch is not null)
            {
                var (rows, transitions) = perceptron.Averaged();
                afterEpoch(epoch, rows, transitions);
            }
        }
        return perceptron.Averaged();
    }

    /// <summary>
    /// Tags each sentence with a model that never saw it: the sentences are cut into <paramref name="folds"/>
    /// consecutive blocks, and each block is tagged by weights learned from the others.
    /// </summary>
    public BioTag[][] OutOfFoldTags(IReadOnlyList<EncodedSentence> sentences, int featureCount, int folds)
    {
        var tags = new BioTag[sentences.Count][];
        var quiet = new LinearChainLearner(options, TextWriter.Null);
        for (var fold = 0; fold < folds; fold++)
        {
            var inFold = Enumerable.Range(0, sentences.Count)
                .Where(i => TrainingGazetteers.FoldOf(i, sentences.Count, folds) == fold).ToList();
            var rest = sentences.Where((_, i) => TrainingGazetteers.FoldOf(i, sentences.Count, folds) != fold).ToList();
            var (rows, transitions) = quiet.Learn(rest, featureCount);
            foreach (var i in inFold)
            {
                tags[i] = PerceptronTrainer.Decode(sentences[i], rows, transitions);
            }
            log.WriteLine($"  first-pass tags of block {fold + 1}/{folds} from a model trained without it");
        }
        return tags;
    }
}
