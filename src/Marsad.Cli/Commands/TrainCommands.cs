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
    public static Command Create() => new("train", "Train Marsad's models from the shared data.")
    {
        CreateNer(),
        CreateClusters(),
    };

    private static Command CreateNer()
    {
        var defaults = new NerTrainingOptions();
        var epochs = new Option<int>("--epochs") { Description = "Perceptron epochs.", DefaultValueFactory = _ => defaults.Epochs };
        var seed = new Option<int>("--seed") { Description = "Shuffling seed.", DefaultValueFactory = _ => defaults.Seed };
        var folds = new Option<int>("--folds") { Description = "Jackknife blocks for gazetteer features.", DefaultValueFactory = _ => defaults.GazetteerFolds };
        var minCount = new Option<int>("--min-count") { Description = "Drop features seen fewer times.", DefaultValueFactory = _ => defaults.MinFeatureCount };
        var dev = new Option<double>("--dev")
        {
            Description = "Hold out this share of train (from its end) and report dev F1 after each epoch; 0 trains on all of train.",
            DefaultValueFactory = _ => 0,
        };
        var crossValidate = new Option<int>("--cross-validate")
        {
            Description = "Only tune: cut train into this many blocks, report each block's F1 from a model trained on the others; write no model.",
        };
        var clusters = new Option<FileInfo?>("--clusters") { Description = "Word clusters (default: the committed SaudiNewsNet clusters)." };
        var output = new Option<FileInfo?>("--output") { Description = "Where to write the model (default: the one Marsad.Core embeds)." };
        var data = new Option<DirectoryInfo?>("--data") { Description = "The ANERcorp folder (default: ../shared/data/anercorp)." };
        var command = new Command("ner", "Train the entity model on ANERcorp's train split (never its test split).")
        {
            epochs, seed, folds, minCount, dev, crossValidate, clusters, output, data,
        };
        command.SetAction(parse =>
        {
            var options = new NerTrainingOptions
            {
                Epochs = parse.GetValue(epochs),
                Seed = parse.GetValue(seed),
                GazetteerFolds = parse.GetValue(folds),
                MinFeatureCount = parse.GetValue(minCount),
                DevFraction = parse.GetValue(dev),
            };
            return TrainNer(options, parse.GetValue(crossValidate), parse.GetValue(clusters)?.FullName,
                parse.GetValue(output)?.FullName, parse.GetValue(data)?.FullName);
        });
        return command;
    }

    private static Command CreateClusters()
    {
        var count = new Option<int>("--count") { Description = "Number of clusters.", DefaultValueFactory = _ => 256 };
        var minCount = new Option<int>("--min-count") { Description = "Cluster only words seen at least this often.", DefaultValueFactory = _ => 10 };
        var threads = new Option<int>("--threads") { Description = "Threads for the pair-loss updates.", DefaultValueFactory = _ => 2 };
        var output = new Option<FileInfo?>("--output") { Description = "Where to write the clusters (default: the committed file)." };
        var data = new Option<DirectoryInfo?>("--data") { Description = "The shared data folder (default: ../shared/data)." };
        var command = new Command("clusters",
            "Brown-cluster the words of SaudiNewsNet (and ANERcorp's train split) for the entity model's features.")
        {
            count, minCount, threads, output, data,
        };
        command.SetAction(parse => TrainClusters(parse.GetValue(count), parse.GetValue(minCount), parse.GetValue(threads),
            parse.GetValue(output)?.FullName, parse.GetValue(data)?.FullName));
        return command;
    }

    private static int TrainClusters(int count, int minCount, int threads, string? outputPath, string? dataFolder)
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
        var clusters = new BrownClusterer(count, threads, Console.WriteLine).Cluster(corpus);
        outputPath ??= NerPaths.DefaultClusters;
        ClusterFile.Write(clusters, outputPath);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"clusters: {outputPath} ({clusters}, {new FileInfo(outputPath).Length / 1024.0:N0} KB) in {clock.Elapsed.TotalSeconds:F0}s"));
        return 0;
    }

    private static int TrainNer(NerTrainingOptions options, int crossValidate, string? clustersPath, string? outputPath,
        string? dataFolder)
    {
        var clock = Stopwatch.StartNew();
        var all = ConllReader.Read(NerPaths.AnercorpTrain(dataFolder));
        var devCount = (int)Math.Round(all.Count * options.DevFraction);
        var train = all.Take(all.Count - devCount).ToList();
        var dev = all.Skip(all.Count - devCount).ToList();
        clustersPath ??= NerPaths.DefaultClusters;
        var clusters = File.Exists(clustersPath) ? ClusterFile.Read(clustersPath) : WordClusters.Empty;
        Console.WriteLine(File.Exists(clustersPath)
            ? $"clusters: {clustersPath} ({clusters})"
            : $"clusters: none ({clustersPath} is missing; run `marsad train clusters`)");
        if (crossValidate > 1)
        {
            new NerCrossValidation(options, Console.Out).Run(all, clusters, crossValidate);
            return 0;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"train: {train.Count} sentences; dev (held out from train): {dev.Count} sentences"));

        var model = new NerTrainer(options, Console.Out).Train(train, clusters, dev);

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
}
