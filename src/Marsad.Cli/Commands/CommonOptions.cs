using System.CommandLine;

namespace Marsad.Cli.Commands;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    public const string DatabaseVariable = "MARSAD_DB";
    public const string DefaultDatabase = "marsad.db";

    /// <summary><c>--db FILE</c>: the database; default <c>marsad.db</c> here, or <c>$MARSAD_DB</c>.</summary>
    public static Option<string> Database { get; } = new("--db")
    {
        Description = $"The database file (default: ${DatabaseVariable}, else {DefaultDatabase} in the current folder).",
        HelpName = "FILE",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable(DatabaseVariable) is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : DefaultDatabase,
    };

    public static Option<bool> Json() => new("--json") { Description = "Write JSON instead of a table, for scripts." };

    public static Option<int> Limit(int defaultValue) => new("--limit")
    {
        Description = $"How many to show (default {defaultValue}).",
        DefaultValueFactory = _ => defaultValue,
    };

    public static Option<int> Offset() => new("--offset") { Description = "How many to skip first (for paging)." };
}
