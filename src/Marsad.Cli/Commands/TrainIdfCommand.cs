using System.CommandLine;
using Marsad.Evaluation;
using Marsad.Evaluation.Training;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad train idf</c>: relearn the background document frequencies that weigh words in clustering.</summary>
internal static class TrainIdfCommand
{
    public const string DefaultOutput = "src/Marsad.Core/Analysis/Model/document-frequencies.tsv.gz";

    public static Command Create()
    {
        var table = new NewsTrainedTable(DefaultOutput);
        var command = new Command("idf", "Learn how common each word is from a news corpus, so clustering weighs rare words (names, places) above common ones.")
        {
            table.Data, table.Output,
        };
        command.SetAction(result =>
        {
            var folder = DataLocator.Require("saudinewsnet", result.GetValue(table.Data));
            var frequencies = DocumentFrequencyTrainer.Train([folder.FullName], NewsTrainedTable.ShowCount);
            var path = result.GetValue(table.Output)!;
            var size = NewsTrainedTable.Write(path, frequencies.Write);
            Console.Error.WriteLine($"{NewsTrainedTable.AfterCount}{frequencies.DocumentCount:N0} articles from {folder.FullName}; table written to {path} ({size:N0} KB)");
            return ExitCodes.Success;
        });
        return command;
    }
}
