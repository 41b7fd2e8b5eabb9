using Spectre.Console;

namespace Marsad.Cli.Output;

/// <summary>
/// The two consoles: results on standard output (tables, JSON) and everything about the run (progress,
/// problems, summaries) on standard error, so that piping the results never carries the chatter along.
/// </summary>
internal static class Consoles
{
    /// <summary>
    /// Standard output. Redirected to a file or a pipe it has no width, and tables are laid out for 160
    /// columns rather than wrapped at 80: Arabic headlines stay on one line for grep and for the eye.
    /// </summary>
    public static IAnsiConsole Out { get; } = CreateOut();

    private static IAnsiConsole CreateOut()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        if (Console.IsOutputRedirected)
        {
            console.Profile.Width = 160;
        }
        return console;
    }

    public static IAnsiConsole Error { get; } = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Console.Error),
    });

    /// <summary>True when standard error is a terminal a progress bar can redraw.</summary>
    public static bool ErrorIsInteractive => !Console.IsErrorRedirected && Error.Profile.Capabilities.Interactive;

    /// <summary>A problem with one piece of input; plain text when not on a terminal, so logs keep one line each.</summary>
    public static void Problem(string origin, string message)
    {
        if (ErrorIsInteractive)
        {
            Error.MarkupLine($"[red]error[/] {Markup.Escape(origin)}: {Markup.Escape(message)}");
        }
        else
        {
            Console.Error.WriteLine($"error {origin}: {message}");
        }
    }

    public static void Fail(string message) => Error.MarkupLine($"[red]marsad:[/] {Markup.Escape(message)}");
}
