using Marsad.Input;
using Marsad.Pipeline;
using Marsad.Storage.Sqlite;

namespace Marsad.Cli.Output;

/// <summary>
/// An ingest as the CLI runs it, for <c>ingest</c>, <c>eval</c> and <c>bench</c> alike: the input walked, the pipeline
/// run over the store, progress shown and problems reported on standard error as they come.
/// </summary>
internal static class IngestRun
{
    public static async Task<IngestReport> RunAsync(IReadOnlyList<string> paths, SqliteStore store, IngestOptions options,
        bool reportProblems, CancellationToken cancellation)
    {
        var walker = new InputWalker(paths, Console.OpenStandardInput);
        var pipeline = new IngestPipeline(store.StateSource, store.Writer, options);
        var view = new IngestProgressView(walker);
        if (reportProblems)
        {
            pipeline.ProblemFound += problem => Consoles.Problem(problem.Origin, problem.Message);
        }
        pipeline.Progressed += progress => view.Report(progress.Articles);
        return await view.RunAsync(() => pipeline.Run(walker.Items(), cancellation));
    }
}
