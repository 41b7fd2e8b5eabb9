using System.CommandLine;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad eval ...</c>: quality figures, rerunnable by anyone, printed with the data they ran on.</summary>
internal static class EvalCommands
{
    public static Command Create() => new("eval", "Measure Marsad's quality on benchmark data and print the figures.")
    {
        EvalDatesCommand.Create(),
        EvalEncodingsCommand.Create(),
        EvalEventsCommand.Create(),
        EvalExtractionCommand.Create(),
        EvalNerCommand.Create(),
    };
}
