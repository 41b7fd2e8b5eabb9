using System.Diagnostics;
using System.Globalization;
using Marsad.Entities;

namespace Marsad.Evaluation.Ner;

/// <summary>
/// Trains Marsad's entity model from ANERcorp-style sentences: the news gazetteer (first models tag unlabelled
/// news), jackknifed gazetteers of training names, feature extraction with the same extractor the tagger uses,
/// the first pass's weights, then the document pass's weights on out-of-fold first-pass tags. Reports dev scores
/// when a dev set is given.
/// </summary>
public sealed class NerTrainer(NerTrainingOptions options, TextWriter log)
{
    public NerModel Train(IReadOnlyList<ConllSentence> train, NerTrainingResources resources, IReadOnlyList<ConllSentence>? dev)
    {
        var clock = Stopwatch.StartNew();
        var useNames = options.GazetteerFolds > 0;
        var names = useNames ? TrainingGazetteers.Jackknifed(train, options.GazetteerFolds) : [EntityGazetteer.Empty];
        var (news, newsFolds) = NewsGazetteers(train, resources);
        var lexicon = new NerLexicon(resources.Clusters, resources.Embeddings,
            useNames ? TrainingGazetteers.FromAll(train) : EntityGazetteer.Empty, news);
        var extractors = new Dictionary<(int, int), NerFeatureExtractor>();
        NerFeatureExtractor ExtractorOf(int sentence)
        {
            var nameFold = TrainingGazetteers.FoldOf(sentence, train.Count, names.Length);
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

        var learner = new LinearChainLearner(options, log);
        var (rows, transitions) = learner.Learn(encoded, indexer.Count,
            dev is { Count: > 0 } && options.DocumentFolds <= 0
                ? (epoch, r, t) => ReportDev(Build(indexer, r, t, lexicon, null), dev, $"epoch {epoch}")
                : null);
        var firstPass = Build(indexer, rows, transitions, lexicon, null);
        Log($"first pass: {firstPass.Weights.FeatureCount} features with weights ({clock.Elapsed.TotalSeconds:F1}s)");
        if (options.DocumentFolds <= 0)
        {
            ReportDev(firstPass, dev, "training");
            return firstPass;
        }

        // The document pass learns from first-pass tags that, like tags of new text, come from a model that
        // never saw the sentence.
        var outOfFold = learner.OutOfFoldTags(encoded, indexer.Count, options.DocumentFolds);
        var firstPassSentences = extracted.Select((tokens, s) => new FirstPassSentence(
            [.. tokens.Select(t => t.Word)], [.. tokens.Select(t => t.Stripped)], outOfFold[s])).ToList();
        var withDocument = new List<ExtractedToken[]>(extracted.Count);
        new DocumentFeatureExtractor(options.DocumentWindow).Extract(firstPassSentences, new SentenceFeatures(),
            (s, features) => withDocument.Add([.. extracted[s].Select((token, i) => token.With(features.Of(i)))]));
        var documentIndexer = new FeatureIndexer();
        documentIndexer.Index(withDocument, options.MinFeatureCount);
        var documentEncoded = withDocument.Select((e, i) => documentIndexer.Encode(e, train[i].Tags)).ToList();
        var (documentRows, documentTransitions) = learner.Learn(documentEncoded, documentIndexer.Count);
        var model = Build(indexer, rows, transitions, lexicon,
            new DocumentPass(Weights(documentIndexer, documentRows, documentTransitions), options.DocumentWindow));
        Log($"document pass: {model.DocumentPass!.Weights.FeatureCount} features with weights ({clock.Elapsed.TotalSeconds:F1}s)");
        ReportDev(firstPass, dev, "first pass");
        ReportDev(model, dev, "document pass");
        return model;
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
        var firstOptions = options with { Algorithm = NerAlgorithm.Perceptron, NewsFolds = 0, DocumentFolds = 0 };
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

    /// <summary>The weights of the features that kept one (the L1 penalty, and never being updated, zero many).</summary>
    private static NerWeights Weights(FeatureIndexer indexer, float[] rows, float[] transitions)
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
        return new NerWeights(keys, [.. kept], transitions);
    }

    private NerModel Build(FeatureIndexer indexer, float[] rows, float[] transitions, NerLexicon lexicon, DocumentPass? documentPass)
    {
        var algorithm = options.Algorithm == NerAlgorithm.Crf
            ? $"CRF (OWL-QN, L1 {options.L1}, L2 {options.L2}, at most {options.MaxIterations} iterations)"
            : $"averaged perceptron ({options.Epochs} epochs, seed {options.Seed})";
        var passes = documentPass is null ? "one pass" : $"two passes (document window ±{documentPass.Window} sentences)";
        var description = string.Create(CultureInfo.InvariantCulture,
            $"{algorithm}, {passes}, features v{NerFeatureExtractor.Version}, {options.GazetteerFolds}-fold jackknifed gazetteer, " +
            $"features seen at least {options.MinFeatureCount} times, Brown clusters: {lexicon.Clusters}, embedding clusters: {lexicon.Embeddings}, " +
            $"{lexicon.NewsNames.Entries.Count} news names from {options.NewsFolds}-fold jackknifed first models");
        return new NerModel(Weights(indexer, rows, transitions), lexicon, description, documentPass);
    }

    private void Log(string message) => log.WriteLine(message);
}
