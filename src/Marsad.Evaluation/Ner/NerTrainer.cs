using System.Diagnostics;
using System.Globalization;
using Marsad.Entities;

namespace Marsad.Evaluation.Ner;

/// <summary>
/// Trains Marsad's entity model from ANERcorp-style sentences: jackknifed gazetteers, feature extraction with the
/// same extractor the tagger uses, then the averaged perceptron, reporting dev scores after each epoch when a
/// dev set is given. The model keeps the gazetteer of all training names and the word clusters it was given.
/// </summary>
public sealed class NerTrainer(NerTrainingOptions options, TextWriter log)
{
    public NerModel Train(IReadOnlyList<ConllSentence> train, WordClusters clusters, IReadOnlyList<ConllSentence>? dev)
    {
        var clock = Stopwatch.StartNew();
        var folds = TrainingGazetteers.Jackknifed(train, options.GazetteerFolds)
            .Select(g => new NerFeatureExtractor(clusters, g)).ToArray();
        var gazetteer = TrainingGazetteers.FromAll(train);
        var extracted = FeatureIndexer.Extract(train,
            s => folds[TrainingGazetteers.FoldOf(s, train.Count, options.GazetteerFolds)]);
        var indexer = new FeatureIndexer();
        indexer.Index(extracted, options.MinFeatureCount);
        var encoded = extracted.Select((e, i) => indexer.Encode(e, train[i].Tags)).ToList();
        Log($"{train.Count} sentences, {encoded.Sum(e => e.Length)} tokens, {indexer.Count} features, " +
            $"{gazetteer.Entries.Count} gazetteer names, clusters: {clusters} ({clock.Elapsed.TotalSeconds:F1}s)");

        var perceptron = new PerceptronTrainer(indexer.Count, options);
        var random = new Random(options.Seed);
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            var errors = perceptron.RunEpoch(encoded, random);
            var report = $"epoch {epoch,2}: {errors} tokens mistagged in training";
            if (dev is { Count: > 0 })
            {
                var scores = NerEvaluation.Score(new EntityTagger(Build(perceptron, indexer, clusters, gazetteer)), dev);
                var overall = scores.Overall;
                report += $"; dev P {overall.Precision:F4} R {overall.Recall:F4} F1 {overall.F1:F4}";
            }
            Log($"{report} ({clock.Elapsed.TotalSeconds:F1}s)");
        }
        return Build(perceptron, indexer, clusters, gazetteer);
    }

    private NerModel Build(PerceptronTrainer perceptron, FeatureIndexer indexer, WordClusters clusters, EntityGazetteer gazetteer)
    {
        var (rows, transitions) = perceptron.Averaged();
        var description = string.Create(CultureInfo.InvariantCulture,
            $"averaged perceptron, features v{NerFeatureExtractor.Version}, {options.Epochs} epochs, seed {options.Seed}, " +
            $"{options.GazetteerFolds}-fold jackknifed gazetteer, min feature count {options.MinFeatureCount}, clusters: {clusters}");
        return new NerModel(new NerWeights(indexer.Keys, rows, transitions), clusters, gazetteer, description);
    }

    private void Log(string message) => log.WriteLine(message);
}
