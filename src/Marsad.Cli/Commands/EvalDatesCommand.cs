using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Marsad.Evaluation;
using Marsad.Evaluation.Dates;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad eval dates</c>: Marsad's date and time expressions against the Arabic TimeML set (DATE and TIME
/// annotations), beside dateparser's <c>search_dates</c> on the same texts.
/// </summary>
internal static class EvalDatesCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create()
    {
        var data = new Option<string?>("--data") { Description = "Folder of .tml files (default: the shared timeml-ar folder)." };
        var noPeer = new Option<bool>("--no-peer") { Description = "Do not run the dateparser peer." };
        var json = new Option<bool>("--json") { Description = "Print the figures as JSON." };
        var command = new Command("dates", "Date and time expressions: Marsad and dateparser on Arabic TimeML (DATE, TIME).")
        {
            data, noPeer, json,
        };
        command.SetAction(parse =>
        {
            DirectoryInfo folder;
            try
            {
                folder = DataLocator.Require("timeml-ar", parse.GetValue(data));
            }
            catch (DirectoryNotFoundException error)
            {
                Console.Error.WriteLine(error.Message);
                return 2;
            }
            var report = DateEvaluation.Run(folder, withPeer: !parse.GetValue(noPeer));
            Console.Out.Write(parse.GetValue(json) ? JsonSerializer.Serialize(report, Json) + "\n" : Format(report));
            return 0;
        });
        return command;
    }

    private static string Format(DateEvaluationReport report)
    {
        var lines = new List<string>
        {
            $"Date and time expressions on {report.Folder}",
            string.Create(CultureInfo.InvariantCulture, $"{report.Documents} documents ({report.Characters:N0} characters), {report.GoldMentions} gold DATE/TIME mentions scored ") +
            $"({report.UnscoredGoldMentions} DURATION/SET not scored; system spans overlapping only those are set aside).",
            "",
            string.Format(CultureInfo.InvariantCulture, "{0,-18} {1,-22} {2,-22} {3,9} {4,9} {5,10} {6,10}",
                "system", "strict P / R / F1", "relaxed P / R / F1", "type acc", "mentions", "set aside", "time"),
        };
        foreach (var system in report.Systems)
        {
            if (system.Scores is not { } s)
            {
                lines.Add($"{system.Name,-18} not run: {system.Problem}");
                continue;
            }
            lines.Add(string.Format(CultureInfo.InvariantCulture, "{0,-18} {1,-22} {2,-22} {3,9:0.000} {4,9} {5,10} {6,8:0}ms",
                system.Name, Triple(s.Strict), Triple(s.Relaxed), s.TypeAccuracy, s.Strict.SystemCount + s.SetAside,
                s.SetAside, system.Elapsed.TotalMilliseconds));
        }
        lines.Add("");
        foreach (var system in report.Systems.Where(s => s.Scores is not null))
        {
            var s = system.Scores!;
            lines.Add(system.Name == "Marsad"
                ? $"Marsad values: {s.ValuesCorrect}/{s.ValuesChecked} correct on matched mentions whose text writes the year (no document date is given).\n" +
                  string.Format(CultureInfo.InvariantCulture, "Marsad speed once warm: {0:0.000} ms per 3,000 characters (best of {1} passes over the set; the time column includes start-up).",
                      report.MarsadMillisecondsPer3000Chars, DateEvaluation.SpeedPasses)
                : $"{system.Name}: search_dates(text, languages=['ar']); its matched substrings found again by forward search" +
                  (system.Unmapped > 0 ? $" ({system.Unmapped} not found in the text)" : "") + "; it gives no types, so all count as DATE.");
        }
        return string.Join('\n', lines) + "\n";
    }

    private static string Triple(PrecisionRecall score) =>
        string.Format(CultureInfo.InvariantCulture, "{0:0.000} {1:0.000} {2:0.000}", score.Precision, score.Recall, score.F1);
}
