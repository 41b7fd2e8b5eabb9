using System.CommandLine;
using System.Globalization;
using Marsad.Cli.Output;
using Marsad.Evaluation;
using Marsad.Evaluation.Events;
using Marsad.Pipeline;
using Marsad.Storage.Sqlite;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad eval events</c>: ingest SaudiNewsNet into a fresh database and score its events and storylines against
/// pairs of articles judged by reading.
/// </summary>
internal static class EvalEventsCommand
{
    public static Command Create()
    {
        var data = new Option<string?>("--data") { Description = "The SaudiNewsNet folder (default: ../shared/data/saudinewsnet).", HelpName = "DIR" };
        var gold = new Option<string?>("--gold") { Description = "A TSV of judged pairs (default: the two built-in sets in eval/gold/).", HelpName = "FILE" };
        var keep = new Option<string?>("--keep-db") { Description = "Keep the database built for the evaluation at FILE (to look at its events).", HelpName = "FILE" };
        var command = new Command("events", """
            Ingest SaudiNewsNet into a fresh database, then score its events and storylines against pairs of articles
            judged by reading: pairwise precision (of judged pairs Marsad put together, how many belong together) and
            recall (of pairs that belong together, how many Marsad put together).
            """)
        {
            data, gold, keep,
        };
        command.SetAction(async (result, cancellation) =>
        {
            var folder = DataLocator.Require("saudinewsnet", result.GetValue(data));
            var goldPath = result.GetValue(gold);
            var sets = new List<(string Name, IReadOnlyList<JudgedPair> Pairs)>();
            if (goldPath is null)
            {
                sets.AddRange(JudgedPairReader.BuiltIn.Select(s => ($"eval/gold/{s.Name} ({s.Role}, built in)", JudgedPairReader.ReadBuiltIn(s.Name))));
            }
            else
            {
                using var reader = new StreamReader(goldPath);
                sets.Add((goldPath, JudgedPairReader.Read(reader)));
            }
            var path = result.GetValue(keep) ?? Path.Combine(Path.GetTempPath(), $"marsad-eval-{Environment.ProcessId}.db");
            DeleteDatabase(path);
            try
            {
                using var store = SqliteStore.Open(path);
                var report = await IngestRun.RunAsync([folder.FullName], store, new IngestOptions(), reportProblems: false, cancellation);
                var statistics = store.Reader.Statistics();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"data:   {folder.FullName}: {report.Read:N0} articles read, {statistics.Articles:N0} stored ({statistics.Duplicates:N0} copies), {statistics.Events:N0} events, {statistics.Storylines:N0} storylines"));
                foreach (var (name, pairs) in sets)
                {
                    Print(name, pairs.Count, EventEvaluation.Score(store.Reader, pairs));
                }
            }
            finally
            {
                if (result.GetValue(keep) is null)
                {
                    DeleteDatabase(path);
                }
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Print(string gold, int pairCount, EventEvaluation.Result score)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"gold:   {gold}: {pairCount} judged pairs ({score.PairsMissing} with an article not stored)"));
        Console.WriteLine(Line("events", score.Events));
        Console.WriteLine(Line("storylines", score.Storylines));
    }

    private static string Line(string name, PairwiseScore s) => string.Create(CultureInfo.InvariantCulture,
        $"{name,-11} pairwise precision {s.Precision:0.000}  recall {s.Recall:0.000}  F1 {s.F1:0.000}   (TP {s.TruePositives}, FP {s.FalsePositives}, FN {s.FalseNegatives}, TN {s.TrueNegatives})");

    private static void DeleteDatabase(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
