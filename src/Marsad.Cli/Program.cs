using System.CommandLine;
using Marsad.Cli;
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
try
{
    return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception missing) when (missing is DirectoryNotFoundException or FileNotFoundException)
{
    // The evaluations, benchmarks and trainers read data and models that may not be on this machine (../shared/data,
    // --data, --model): say which, without a stack trace.
    Console.Error.WriteLine($"marsad: {missing.Message}");
    return ExitCodes.Failed;
}
catch (OperationCanceledException)
{
    return 130;
}
catch (Exception unexpected)
{
    // What the default handler did for the rest: the whole exception, for a bug report.
    Console.Error.WriteLine($"Unhandled exception: {unexpected}");
    return 1;
}
