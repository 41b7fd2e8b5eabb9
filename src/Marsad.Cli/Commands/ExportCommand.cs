using System.CommandLine;
using System.Text;
using Marsad.Cli.Output;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad export</c>: the database as JSON Lines (JSONL.md): articles, or events, or storylines.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var events = new Option<bool>("--events") { Description = "One line per event instead of per article." };
        var storylines = new Option<bool>("--storylines") { Description = "One line per storyline instead of per article." };
        var output = new Option<string?>("--out") { Description = "Write to FILE instead of standard output.", HelpName = "FILE" };
        var command = new Command("export", """
            Write the database as JSON Lines (see JSONL.md): one line per article (text, outlet, publication date,
            duplicate_of, event, storyline...), or with --events one per event, or with --storylines one per storyline.
            """)
        {
            events, storylines, output,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(events) && result.GetValue(storylines))
            {
                result.AddError("Choose one of --events and --storylines.");
            }
        });
        command.SetAction(result =>
        {
            var reader = StoreAccess.TryOpenReader(result.GetValue(CommonOptions.Database)!);
            if (reader is null)
            {
                return ExitCodes.Failed;
            }
            var lines = result.GetValue(events) ? reader.ExportEvents().Select(e => JsonOutput.Line(ExportShapes.Of(e)))
                : result.GetValue(storylines) ? reader.ExportStorylines().Select(s => JsonOutput.Line(ExportShapes.Of(s)))
                : reader.ExportArticles().Select(a => JsonOutput.Line(ExportShapes.Of(a)));
            var path = result.GetValue(output);
            using var writer = path is null
                ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false))
                : new StreamWriter(path, false, new UTF8Encoding(false));
            var count = 0;
            foreach (var line in lines)
            {
                writer.Write(line);
                writer.Write('\n');
                count++;
            }
            if (path is not null)
            {
                Console.Error.WriteLine($"{count:N0} lines written to {path}");
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
