using System.CommandLine;
using Marsad.Cli.Commands;

// The table of contents of the CLI: one line per command.
var root = new RootCommand("Marsad (مرصد): turns a stream of Arabic news articles into events and storylines.")
{
    EvalCommands.Create(),
    TrainCommands.Create(),
};
return await root.Parse(args).InvokeAsync();
