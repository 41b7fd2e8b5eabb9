using System.CommandLine;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using Marsad.Evaluation;
using Marsad.Evaluation.Quotes;
using Marsad.Evaluation.Training;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad train name-shares</c>: relearn how often the news has each word inside a person's name.</summary>
internal static class TrainNameSharesCommand
{
    public const string DefaultOutput = "src/Marsad.Core/Quotes/Resources/name-shares.tsv.gz";

    public static Command Create()
    {
        var data = new Option<string?>("--data") { Description = "Folder or files of articles (default: ../shared/data/saudinewsnet).", HelpName = "PATH" };
        var output = new Option<string>("--out")
        {
            Description = $"Where to write the gzipped table (default: {DefaultOutput}, embedded at the next build).",
            HelpName = "FILE",
            DefaultValueFactory = _ => DefaultOutput,
        };
        var command = new Command("name-shares",
            "Learn from a news corpus how often each common word is inside a person's name (the entity tagger reads every " +
            "article). The quotation extractor then reads no name after a title that starts with a word never in one and " +
            "holds no word often in one (وأكد الوزير المصري تطابق رؤية الجانبين). The quotation gold set's articles are left " +
            "out. Rerun after `train ner`.")
        {
            data, output,
        };
        command.SetAction(result =>
        {
            var folder = DataLocator.Require("saudinewsnet", result.GetValue(data));
            var gold = QuoteGoldReader.ReadBuiltIn().Articles.Select(a => a.Text);
            var learned = NameShareTrainer.Train([folder.FullName], gold, n => Console.Error.Write($"\r{n:N0} articles"));
            var path = result.GetValue(output)!;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            using (var file = File.Create(path))
            using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
            using (var writer = new StreamWriter(gzip, new UTF8Encoding(false)))
            {
                writer.NewLine = "\n";
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"# marsad train name-shares: {learned.Words.Count} folded words seen at least {NameShareTrainer.MinCount} times in " +
                    $"{learned.Articles} articles, each with the percent of its uses inside a person's name (below {NameShareTrainer.MaxPercent})"));
                foreach (var (word, percent) in learned.Words)
                {
                    writer.Write(word);
                    writer.Write('\t');
                    writer.WriteLine(percent.ToString(CultureInfo.InvariantCulture));
                }
            }
            Console.Error.WriteLine($"\r{learned.Articles:N0} articles from {folder.FullName} ({learned.SkippedAsGold:N0} left out as the quotation gold's); " +
                $"{learned.Words.Count:N0} words written to {path} ({new FileInfo(path).Length / 1024:N0} KB)");
            return ExitCodes.Success;
        });
        return command;
    }
}
