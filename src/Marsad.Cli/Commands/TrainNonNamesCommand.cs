using System.CommandLine;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using Marsad.Evaluation;
using Marsad.Evaluation.Quotes;
using Marsad.Evaluation.Training;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad train non-names</c>: relearn the words the quotation extractor never reads as a person's name.</summary>
internal static class TrainNonNamesCommand
{
    public const string DefaultOutput = "src/Marsad.Core/Quotes/Resources/non-name-words.txt.gz";

    public static Command Create()
    {
        var data = new Option<string?>("--data") { Description = "Folder or files of articles (default: ../shared/data/saudinewsnet).", HelpName = "PATH" };
        var output = new Option<string>("--out")
        {
            Description = $"Where to write the gzipped list (default: {DefaultOutput}, embedded at the next build).",
            HelpName = "FILE",
            DefaultValueFactory = _ => DefaultOutput,
        };
        var command = new Command("non-names",
            "Learn from a news corpus which words are never part of a person's name (the entity tagger reads every article; " +
            "words it almost never puts in a person, in any spelling, are kept). The quotation extractor then reads no " +
            "name made of them after a title (وأكد الوزير تطابق رؤية الجانبين). Articles of the quotation gold set are left out. " +
            "Rerun after `train ner`.")
        {
            data, output,
        };
        command.SetAction(result =>
        {
            var folder = DataLocator.Require("saudinewsnet", result.GetValue(data));
            var gold = QuoteGoldReader.ReadBuiltIn().Articles.Select(a => a.Text);
            var learned = NonNameWordTrainer.Train([folder.FullName], gold, n => Console.Error.Write($"\r{n:N0} articles"));
            var path = result.GetValue(output)!;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            using (var file = File.Create(path))
            using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
            using (var writer = new StreamWriter(gzip, new UTF8Encoding(false)))
            {
                writer.NewLine = "\n";
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"# marsad train non-names: {learned.Words.Count} folded words seen at least {NonNameWordTrainer.MinCount} times, " +
                    $"at most {NonNameWordTrainer.MaxPersonShare:P0} of them in a person's name, in {learned.Articles} articles"));
                foreach (var word in learned.Words)
                {
                    writer.WriteLine(word);
                }
            }
            Console.Error.WriteLine($"\r{learned.Articles:N0} articles from {folder.FullName} ({learned.SkippedAsGold:N0} left out as the quotation gold's); " +
                $"{learned.Words.Count:N0} words written to {path} ({new FileInfo(path).Length / 1024:N0} KB)");
            return ExitCodes.Success;
        });
        return command;
    }
}
