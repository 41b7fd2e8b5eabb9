using System.CommandLine;
using Marsad.Cli.Commands;

// The table of contents of the CLI: one line per command.
var root = new RootCommand("Marsad (مرصد): turns a stream of Arabic news articles into events and storylines.")
{
    IngestCommand.Create(),
    StorylinesCommand.Create(),
    StorylineCommand.Create(),
    EventCommand.Create(),
    ExportCommand.Create(),
    ServeCommand.Create(),
    AnalyzeCommand.Create(),
    EvalCommands.Create(),
    BenchCommand.Create(),
    TrainCommands.Create(),
};
root.Options.Add(CommonOptions.Database);
return await root.Parse(args).InvokeAsync();
