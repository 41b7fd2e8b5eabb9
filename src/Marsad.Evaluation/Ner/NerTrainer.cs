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
    public NerModel Train(IReadOnlyList<ConllSentence> train, NerTrainingResources resources, IReadOnlyList<ConllSentence>? dev)
    {
        var clock = Stopwatch.StartNew();
        var names = TrainingGazetteers.Jackknifed(train, options.GazetteerFolds);
        var (news, newsFolds) = NewsGazetteers(train, resources);
        var lexicon = new NerLexicon(resources.Clusters, resources.Embeddings, TrainingGazetteers.FromAll(train), news);
        var extractors = new Dictionary<(int, int), NerFeatureExtractor>();
        NerFeatureExtractor ExtractorOf(int sentence)
        {
            var nameFold = TrainingGazetteers.FoldOf(sentence, train.Count, options.GazetteerFolds);
            var newsFold = TrainingGazetteers.FoldOf(sentence, train.Count, newsFolds.Length);
            if (!extractors.TryGetValue((nameFold, newsFold), out var extractor))
            {
                extractor = new NerFeatureExtractor(lexicon with { Names = names[nameFold], NewsNames = newsFolds[newsFold] });
                extractors.Add((nameFold, newsFold), extractor);
            }
            return extractor;
        }
        var extracted = FeatureIndexer.Extract(train, ExtractorOf);
        var indexer = new FeatureIndexer();
        indexer.Index(extracted, options.MinFeatureCount);
        var encoded = extracted.Select((e, i) => indexer.Encode(e, train[i].Tags)).ToList();
        Log($"{train.Count} sentences, {encoded.Sum(e => e.Length)} tokens, {indexer.Count} features, " +
            $"{lexicon.Names.Entries.Count} training names, {lexicon.NewsNames.Entries.Count} news names, " +
            $"clusters: {lexicon.Clusters}, embeddings: {lexicon.Embeddings} ({clock.Elapsed.TotalSeconds:F1}s)");

        if (options.Algorithm == NerAlgorithm.Crf)
        {
            var (rows, transitions) = new CrfTrainer(options, log).Train(encoded, indexer.Count);
            var model = Build(indexer, rows, transitions, lexicon);
            Log($"CRF trained: {model.Weights.FeatureCount} features with weights ({clock.Elapsed.TotalSeconds:F1}s)");
            ReportDev(model, dev, "final");
            return model;
        }

        var perceptron = new PerceptronTrainer(indexer.Count, options);
        var random = new Random(options.Seed);
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            var errors = perceptron.RunEpoch(encoded, random);
            Log($"epoch {epoch,2}: {errors} tokens mistagged in training ({clock.Elapsed.TotalSeconds:F1}s)");
            if (dev is { Count: > 0 })
            {
                var (rows, transitions) = perceptron.Averaged();
                ReportDev(Build(indexer, rows, transitions, lexicon), dev, $"epoch {epoch}");
            }
        }
        var (finalRows, finalTransitions) = perceptron.Averaged();
        return Build(indexer, finalRows, finalTransitions, lexicon);
    }

    /// <summary>
    /// The news gazetteer for the final model (from a first model trained on all of train), and one per block of
    /// train (each from a first model trained without that block), so that training sees it as reliable as it is.
    /// </summary>
    private (EntityGazetteer Full, EntityGazetteer[] Folds) NewsGazetteers(IReadOnlyList<ConllSentence> train,
        NerTrainingResources resources)
    {
        if (options.NewsFolds <= 0 || resources.NewsTexts.Count == 0)
        {
            return (EntityGazetteer.Empty, [EntityGazetteer.Empty]);
        }
        var firstOptions = options with { Algorithm = NerAlgorithm.Perceptron, NewsFolds = 0 };
        var builder = new NewsGazetteerBuilder(options);
        EntityGazetteer FromModelTrainedOn(IReadOnlyList<ConllSentence> sentences)
        {
            var first = new NerTrainer(firstOptions, TextWriter.Null).Train(sentences, resources.WithoutNews(), null);
            return builder.Build(new EntityTagger(first), resources.NewsTexts, log);
        }
        var folds = new EntityGazetteer[options.NewsFolds];
        for (var fold = 0; fold < folds.Length; fold++)
        {
            folds[fold] = FromModelTrainedOn(
                [.. train.Where((_, i) => TrainingGazetteers.FoldOf(i, train.Count, options.NewsFolds) != fold)]);
        }
        return (FromModelTrainedOn(train), folds);
    }

    private void ReportDev(NerModel model, IReadOnlyList<ConllSentence>? dev, string when)
    {
        if (dev is { Count: > 0 })
        {
            var overall = NerEvaluation.Score(new EntityTagger(model), dev).Overall;
            Log($"  dev after {when}: P {overall.Precision:F4} R {overall.Recall:F4} F1 {overall.F1:F4}");
        }
    }

    /// <summary>The model with only the features that kept a weight (the L1 penalty and rounding zero many).</summary>
    private NerModel Build(FeatureIndexer indexer, float[] rows, float[] transitions, NerLexicon lexicon)
    {
        const int tags = BioTags.Count;
        var keys = new List<ulong>();
        var kept = new List<float>();
        for (var r = 0; r < indexer.Count; r++)
        {
            var row = rows.AsSpan(r * tags, tags);
            if (row.ContainsAnyExcept(0f))
            {
                keys.Add(indexer.Keys[r]);
                kept.AddRange(row);
            }
        }
        var algorithm = options.Algorithm == NerAlgorithm.Crf
            ? $"CRF (OWL-QN, L1 {options.L1}, L2 {options.L2}, at most {options.MaxIterations} iterations)"
            : $"averaged perceptron ({options.Epochs} epochs, seed {options.Seed})";
        var description = string.Create(CultureInfo.InvariantCulture,
            $"{algorithm}, features v{NerFeatureExtractor.Version}, {options.GazetteerFolds}-fold jackknifed gazetteer, " +
            $"features seen at least {options.MinFeatureCount} times, Brown clusters: {lexicon.Clusters}, embedding clusters: {lexicon.Embeddings}, " +
            $"{lexicon.NewsNames.Entries.Count} news names from {options.NewsFolds}-fold jackknifed first models");
        return new NerModel(new NerWeights(keys, [.. kept], transitions), lexicon, description);
    }

    private void Log(string message) => log.WriteLine(message);
}
