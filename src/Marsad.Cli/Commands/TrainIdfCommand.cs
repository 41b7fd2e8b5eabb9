using System.CommandLine;
using System.IO.Compression;
using System.Text;
using Marsad.Evaluation;
using Marsad.Evaluation.Training;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad train idf</c>: relearn the background document frequencies that weigh words in clustering.</summary>
internal static class TrainIdfCommand
{
    public const string DefaultOutput = "src/Marsad.Core/Analysis/Model/document-frequencies.tsv.gz";

    public static Command Create()
    {
        var data = new Option<string?>("--data") { Description = "Folder or files of articles (default: ../shared/data/saudinewsnet).", HelpName = "PATH" };
        var output = new Option<string>("--out")
        {
            Description = $"Where to write the gzipped table (default: {DefaultOutput}, embedded at the next build).",
            HelpName = "FILE",
            DefaultValueFactory = _ => DefaultOutput,
        };
        var command = new Command("idf", "Learn how common each word is from a news corpus, so clustering weighs rare words (names, places) above common ones.")
        {
            data, output,
        };
        command.SetAction(result =>
        {
            var folder = DataLocator.Require("saudinewsnet", result.GetValue(data));
            var table = DocumentFrequencyTrainer.Train([folder.FullName], n => Console.Error.Write($"\r{n:N0} articles"));
            var path = result.GetValue(output)!;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            using (var file = File.Create(path))
            using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
            using (var writer = new StreamWriter(gzip, new UTF8Encoding(false)))
            {
                writer.NewLine = "\n";
                table.Write(writer);
            }
            Console.Error.WriteLine($"\r{table.DocumentCount:N0} articles from {folder.FullName}; table written to {path} ({new FileInfo(path).Length / 1024:N0} KB)");
            return ExitCodes.Success;
        });
        return command;
    }
}
