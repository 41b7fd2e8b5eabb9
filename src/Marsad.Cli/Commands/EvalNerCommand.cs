using System.CommandLine;
using System.Globalization;
using Marsad.Entities;
using Marsad.Evaluation.Ner;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad eval ner</c>: entity-level precision, recall and F1 (conlleval rules) of the embedded model on
/// ANERcorp's CAMeL test split, per type and overall, and its single-thread speed.
/// </summary>
internal static class EvalNerCommand
{
    public static Command Create()
    {
        var model = new Option<FileInfo?>("--model") { Description = "A model file to evaluate instead of the embedded one." };
        var data = new Option<DirectoryInfo?>("--data") { Description = "The ANERcorp folder (default: ../shared/data/anercorp)." };
        var seconds = new Option<double>("--seconds")
        {
            Description = "How long to keep tagging when measuring speed.",
            DefaultValueFactory = _ => 3,
        };
        var predictions = new Option<FileInfo?>("--predictions")
        {
            Description = "Also write 'token gold predicted' lines (conlleval's input) to this file, for error analysis.",
        };
        var command = new Command("ner", "Named entities: P/R/F1 per type on ANERcorp's test split, and tokens per second.")
        {
            model, data, seconds, predictions,
        };
        command.SetAction(parse => Run(parse.GetValue(model), parse.GetValue(data), parse.GetValue(seconds),
            parse.GetValue(predictions)));
        return command;
    }

    private static int Run(FileInfo? modelFile, DirectoryInfo? dataFolder, double seconds, FileInfo? predictions)
    {
        var testPath = NerPaths.AnercorpTest(dataFolder?.FullName);
        var test = ConllReader.Read(testPath);
        var tagger = modelFile is null ? EntityTagger.Default : new EntityTagger(ReadModel(modelFile.FullName));
        var scores = NerEvaluation.Score(tagger, test);
        if (predictions is not null)
        {
            using var writer = new StreamWriter(predictions.FullName);
            NerEvaluation.WritePredictions(tagger, test, writer);
        }

        var culture = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(culture, $"data:  {testPath} ({scores.Sentences} sentences, {scores.Tokens} tokens)"));
        Console.WriteLine($"model: {modelFile?.FullName ?? "embedded " + EntityTagger.DefaultModelResource}");
        Console.WriteLine($"       {tagger.Model.Description}");
        Console.WriteLine();
        Console.WriteLine("type       precision  recall     F1   found   gold correct");
        foreach (var type in Enum.GetValues<EntityType>())
        {
            Console.WriteLine(Row(EntityTypeCodes.ToCode(type), scores.For(type)));
        }
        Console.WriteLine(Row("overall", scores.Overall));
        Console.WriteLine();

        var minimum = TimeSpan.FromSeconds(seconds);
        var tagSpeed = NerEvaluation.TokensPerSecond(tagger, test, minimum);
        var findSpeed = NerEvaluation.FindTokensPerSecond(tagger, test, minimum);
        Console.WriteLine("speed: tokens per CPU-second of the tagging thread, and per second of wall-clock time");
        Console.WriteLine(string.Create(culture,
            $"       {tagSpeed.TokensPerCpuSecond,10:N0} /CPU-s {tagSpeed.TokensPerSecond,10:N0} /s  Tag(tokens): features, scores, Viterbi (one thread)"));
        Console.WriteLine(string.Create(culture,
            $"       {findSpeed.TokensPerCpuSecond,10:N0} /CPU-s {findSpeed.TokensPerSecond,10:N0} /s  Find(text): also tokenizing, sentence breaks, offsets (one thread)"));
        return 0;
    }

    private static string Row(string name, EntityCounts counts) => string.Create(CultureInfo.InvariantCulture,
        $"{name,-8} {counts.Precision,10:F4} {counts.Recall,7:F4} {counts.F1,6:F4} {counts.Found,7} {counts.Gold,6} {counts.Correct,7}");

    private static NerModel ReadModel(string path)
    {
        using var stream = File.OpenRead(path);
        return NerModelFormat.Read(stream);
    }
}
