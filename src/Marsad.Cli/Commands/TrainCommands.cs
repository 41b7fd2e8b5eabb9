using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Marsad.Entities;
using Marsad.Evaluation;
using Marsad.Evaluation.Clusters;
using Marsad.Evaluation.Ner;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad train ...</c>: rebuild Marsad's trained resources from the data on disk, reproducibly.</summary>
internal static class TrainCommands
{
    public static Command Create() => new("train", "Relearn the models Marsad ships, from the data they were learned from.")
    {
        TrainIdfCommand.Create(),
        CreateNer(),
        CreateClusters(),
        TrainNameSharesCommand.Create(),
        TrainSpeakersCommand.Create(),
    };

    private static Command CreateNer()
    {
        var defaults = new NerTrainingOptions();
        var algorithm = new Option<NerAlgorithm>("--algorithm") { Description = "crf or perceptron.", DefaultValueFactory = _ => defaults.Algorithm };
        var l1 = new Option<double>("--l1") { Description = "CRF: L1 penalty.", DefaultValueFactory = _ => defaults.L1 };
        var l2 = new Option<double>("--l2") { Description = "CRF: L2 penalty.", DefaultValueFactory = _ => defaults.L2 };
        var iterations = new Option<int>("--iterations") { Description = "CRF: most OWL-QN iterations.", DefaultValueFactory = _ => defaults.MaxIterations };
        var threads = new Option<int>("--threads") { Description = "CRF: gradient threads.", DefaultValueFactory = _ => defaults.Threads };
        var epochs = new Option<int>("--epochs") { Description = "Perceptron epochs.", DefaultValueFactory = _ => defaults.Epochs };
        var seed = new Option<int>("--seed") { Description = "Shuffling seed.", DefaultValueFactory = _ => defaults.Seed };
        var folds = new Option<int>("--folds") { Description = "Jackknife blocks for gazetteer features.", DefaultValueFactory = _ => defaults.GazetteerFolds };
        var minCount = new Option<int>("--min-count") { Description = "Drop features seen fewer times.", DefaultValueFactory = _ => defaults.MinFeatureCount };
        var documentFolds = new Option<int>("--document-folds")
        {
            Description = "Blocks of out-of-fold first-pass tags the document pass learns from; 0: no document pass.",
            DefaultValueFactory = _ => defaults.DocumentFolds,
        };
        var documentWindow = new Option<int>("--document-window")
        {
            Description = "Sentences either side the document pass looks at.",
            DefaultValueFactory = _ => defaults.DocumentWindow,
        };
        var newsFolds = new Option<int>("--news-folds")
        {
            Description = "Jackknife blocks for the news gazetteer (first models tag SaudiNewsNet); 0: no news gazetteer.",
            DefaultValueFactory = _ => defaults.NewsFolds,
        };
        var dev = new Option<double>("--dev")
        {
            Description = "Hold out this share of train (from its end) and report dev F1 after each epoch; 0 trains on all of train.",
            DefaultValueFactory = _ => 0,
        };
        var crossValidate = new Option<int>("--cross-validate")
        {
            Description = "Only tune: cut train into this many blocks, report each block's F1 from a model trained on the others; write no model.",
        };
        var clusters = new Option<FileInfo?>("--clusters") { Description = "Brown clusters (default: the committed SaudiNewsNet ones)." };
        var embeddings = new Option<FileInfo?>("--embeddings") { Description = "Embedding clusters (default: the committed SaudiNewsNet ones)." };
        var output = new Option<FileInfo?>("--output") { Description = "Where to write the model (default: the one Marsad.Core embeds)." };
        var data = new Option<DirectoryInfo?>("--data") { Description = "The ANERcorp folder (default: ../shared/data/anercorp)." };
        var command = new Command("ner", "Train the entity model on ANERcorp's train split (never its test split).")
        {
            algorithm, l1, l2, iterations, threads, epochs, seed, folds, minCount, newsFolds, documentFolds, documentWindow, dev, crossValidate, clusters, embeddings, output, data,
        };
        command.SetAction(parse =>
        {
            var options = new NerTrainingOptions
            {
                Algorithm = parse.GetValue(algorithm),
                L1 = parse.GetValue(l1),
                L2 = parse.GetValue(l2),
                MaxIterations = parse.GetValue(iterations),
                Threads = parse.GetValue(threads),
                Epochs = parse.GetValue(epochs),
                Seed = parse.GetValue(seed),
                GazetteerFolds = parse.GetValue(folds),
                MinFeatureCount = parse.GetValue(minCount),
                NewsFolds = parse.GetValue(newsFolds),
                DocumentFolds = parse.GetValue(documentFolds),
                DocumentWindow = parse.GetValue(documentWindow),
                DevFraction = parse.GetValue(dev),
            };
            return TrainNer(options, parse.GetValue(crossValidate), parse.GetValue(clusters)?.FullName,
                parse.GetValue(embeddings)?.FullName, parse.GetValue(output)?.FullName, parse.GetValue(data)?.FullName);
        });
        return command;
    }

    private static Command CreateClusters()
    {
        var kind = new Option<ClusterKind>("--kind") { Description = "brown, embedding or both.", DefaultValueFactory = _ => ClusterKind.Both };
        var count = new Option<int>("--count") { Description = "Brown: number of clusters.", DefaultValueFactory = _ => 256 };
        var minCount = new Option<int>("--min-count") { Description = "Cluster only words seen at least this often.", DefaultValueFactory = _ => 5 };
        var dimensions = new Option<int>("--dimensions") { Description = "Embedding: vector dimensions.", DefaultValueFactory = _ => 100 };
        var threads = new Option<int>("--threads") { Description = "Brown: threads for the pair-loss updates.", DefaultValueFactory = _ => 2 };
        var output = new Option<DirectoryInfo?>("--output") { Description = "Folder for the cluster files (default: the committed ones)." };
        var data = new Option<DirectoryInfo?>("--data") { Description = "The shared data folder (default: ../shared/data)." };
        var command = new Command("clusters",
            "Cluster the words of SaudiNewsNet (and ANERcorp's train split) for the entity model's features.")
        {
            kind, count, minCount, dimensions, threads, output, data,
        };
        command.SetAction(parse => TrainClusters(parse.GetValue(kind), parse.GetValue(count), parse.GetValue(minCount),
            parse.GetValue(dimensions), parse.GetValue(threads), parse.GetValue(output)?.FullName, parse.GetValue(data)?.FullName));
        return command;
    }

    private static int TrainClusters(ClusterKind kind, int count, int minCount, int dimensions, int threads, string? outputFolder,
        string? dataFolder)
    {
        var clock = Stopwatch.StartNew();
        var news = DataLocator.Require("saudinewsnet", dataFolder is null ? null : Path.Combine(dataFolder, "saudinewsnet"));
        var anercorpFolder = dataFolder is null ? null : Path.Combine(dataFolder, "anercorp");
        var train = ConllReader.Read(NerPaths.AnercorpTrain(anercorpFolder));
        // ANERcorp's train text joins the news so its words get clusters too; its test split stays unseen.
        var texts = SaudiNewsNetReader.Texts(news).Concat(train.Select(s => string.Join(' ', s.Tokens)));
        var corpus = ClusterCorpus.Build(texts, minCount);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"corpus: {corpus.TokenCount:N0} tokens of {corpus.Words.Count:N0} words seen at least {minCount} times ({clock.Elapsed.TotalSeconds:F0}s)"));
        if (kind is ClusterKind.Embedding or ClusterKind.Both)
        {
            var path = outputFolder is null ? NerPaths.DefaultEmbeddingClusters : Path.Combine(outputFolder, "saudinewsnet-embedding.tsv.gz");
            Write(new EmbeddingClusterer(dimensions, contextWords: 20_000, window: 2, seed: 1, Console.WriteLine).Cluster(corpus), path);
        }
        if (kind is ClusterKind.Brown or ClusterKind.Both)
        {
            var path = outputFolder is null ? NerPaths.DefaultClusters : Path.Combine(outputFolder, "saudinewsnet-brown.tsv.gz");
            Write(new BrownClusterer(count, threads, Console.WriteLine).Cluster(corpus), path);
        }
        return 0;

        void Write(WordClusters clusters, string path)
        {
            ClusterFile.Write(clusters, path);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"clusters: {path} ({clusters}, {new FileInfo(path).Length / 1024.0:N0} KB) after {clock.Elapsed.TotalSeconds:F0}s"));
        }
    }

    private static int TrainNer(NerTrainingOptions options, int crossValidate, string? clustersPath, string? embeddingsPath,
        string? outputPath, string? dataFolder)
    {
        var clock = Stopwatch.StartNew();
        var all = ConllReader.Read(NerPaths.AnercorpTrain(dataFolder));
        var devCount = (int)Math.Round(all.Count * options.DevFraction);
        var train = all.Take(all.Count - devCount).ToList();
        var dev = all.Skip(all.Count - devCount).ToList();
        var clusters = ReadClusters(clustersPath ?? NerPaths.DefaultClusters);
        var embeddings = ReadClusters(embeddingsPath ?? NerPaths.DefaultEmbeddingClusters);
        IReadOnlyList<string> news = [];
        if (options.NewsFolds > 0)
        {
            var newsFolder = DataLocator.Require("saudinewsnet", dataFolder is null ? null : Path.Combine(dataFolder, "..", "saudinewsnet"));
            news = [.. SaudiNewsNetReader.Texts(newsFolder)];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"news: {news.Count:N0} distinct SaudiNewsNet texts from {newsFolder.FullName}"));
        }
        var resources = new NerTrainingResources(clusters, embeddings, news);
        if (crossValidate > 1)
        {
            new NerCrossValidation(options, Console.Out).Run(all, resources, crossValidate);
            return 0;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"train: {train.Count} sentences; dev (held out from train): {dev.Count} sentences"));

        var model = new NerTrainer(options, Console.Out).Train(train, resources, dev);

        outputPath ??= NerPaths.DefaultModel;
        Directory.CreateDirectory(Path.GetDirectoryName(outputPath)!);
        using (var file = File.Create(outputPath))
        {
            NerModelFormat.Write(model, file);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"model: {outputPath} ({new FileInfo(outputPath).Length / 1024.0:N0} KB, {model.Weights.FeatureCount} features) in {clock.Elapsed.TotalSeconds:F0}s"));
        return 0;
    }

    private static WordClusters ReadClusters(string path)
    {
        if (!File.Exists(path))
        {
            Console.WriteLine($"clusters: none ({path} is missing; run `marsad train clusters`)");
            return WordClusters.Empty;
        }
        var clusters = ClusterFile.Read(path);
        Console.WriteLine($"clusters: {path} ({clusters})");
        return clusters;
    }
}
