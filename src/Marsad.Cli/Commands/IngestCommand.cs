using System.CommandLine;
using System.Globalization;
using Marsad.Cli.Output;
using Marsad.Input;
using Marsad.Pipeline;
using Marsad.Storage.Sqlite;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad ingest PATH...</c>: read articles into the database, placing them in events and storylines.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = $"Files or folders (searched recursively) of articles: {InputFormats.Supported}; '-' reads JSON Lines from standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var plain = new Option<bool>("--no-enrich")
        {
            Description = "Skip named entities and quotations (most of the per-article cost); everything else is done. Ingesting again without it adds them.",
        };
        var command = new Command("ingest", """
            Read articles into the database and place each in an event and a storyline.
            A .txt file is one article (its first line the title, its id the path relative to the folder given,
            without extension); .html likewise; .json holds an array of articles (SaudiNewsNet's day files as
            they are); .jsonl one article per line (see JSONL.md); .zip any of these. Re-ingesting an article
            (same id) updates it and never duplicates it; an unchanged one is skipped unless this build of Marsad
            analyzes differently from the one that stored it. A bad file or line is reported and skipped; the exit
            code is 1 if anything failed, 0 if all went in.
            """)
        {
            paths, plain,
        };
        command.SetAction((result, cancellation) => RunAsync(result.GetValue(paths)!, result.GetValue(CommonOptions.Database)!,
            new IngestOptions { Enrich = !result.GetValue(plain) }, cancellation));
        return command;
    }

    private static async Task<int> RunAsync(string[] paths, string database, IngestOptions options, CancellationToken cancellation)
    {
        using var store = SqliteStore.Open(database);
        IngestReport report;
        try
        {
            report = await IngestRun.RunAsync(paths, store, options, reportProblems: true, cancellation);
        }
        catch (OperationCanceledException)
        {
            Consoles.Fail("interrupted; every batch committed before the interruption is kept.");
            return ExitCodes.Failed;
        }
        Summarize(report, store.Path);
        return report.Problems > 0 ? ExitCodes.SomeInputFailed : ExitCodes.Success;
    }

    private static void Summarize(IngestReport report, string database)
    {
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{report.Read:N0} read: {report.Added:N0} new, {report.Updated:N0} updated, {report.Unchanged:N0} unchanged, " +
            $"{report.Duplicates:N0} copies folded, {report.NewEvents:N0} new events; {report.Problems:N0} problem(s). " +
            $"{report.Elapsed.TotalSeconds:0.0} s ({report.ArticlesPerSecond:N0} articles/s) into {database}");
        Console.Error.WriteLine(line);
    }
}
