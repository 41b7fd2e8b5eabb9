using System.Diagnostics;
using System.Globalization;
using Marsad.Input;
using Spectre.Console;

namespace Marsad.Cli.Output;

/// <summary>
/// Shows an ingest's progress while it runs: a bar with rate and time left on a terminal; a plain line every
/// few seconds otherwise (CI logs, redirected output). Progress is measured in bytes read of the input, the only
/// total known up front; the rate is in articles per second.
/// </summary>
internal sealed class IngestProgressView(InputWalker walker)
{
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(2);
    private int articles;

    public void Report(int articleCount) => Interlocked.Exchange(ref articles, articleCount);

    public async Task<T> RunAsync<T>(Func<T> work)
    {
        if (Consoles.ErrorIsInteractive)
        {
            return await Consoles.Error.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(),
                    new ElapsedTimeColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask("ingest", maxValue: Math.Max(1, walker.TotalBytes));
                    task.IsIndeterminate = walker.TotalBytes == 0;
                    var running = Task.Run(work);
                    var clock = Stopwatch.StartNew();
                    while (!running.IsCompleted)
                    {
                        await Task.WhenAny(running, Task.Delay(150));
                        task.Value = walker.BytesRead;
                        task.Description = Describe(clock.Elapsed);
                    }
                    task.Value = task.MaxValue;
                    return await running;
                });
        }
        var job = Task.Run(work);
        var timer = Stopwatch.StartNew();
        while (!job.IsCompleted)
        {
            await Task.WhenAny(job, Task.Delay(PlainInterval));
            if (!job.IsCompleted)
            {
                Console.Error.WriteLine($"ingest: {Describe(timer.Elapsed)}, {PercentDone()} of {InputLimits.Describe(walker.TotalBytes)} read");
            }
        }
        return await job;
    }

    private string Describe(TimeSpan elapsed)
    {
        var count = Volatile.Read(ref articles);
        var rate = elapsed.TotalSeconds > 0 ? count / elapsed.TotalSeconds : 0;
        return string.Create(CultureInfo.InvariantCulture, $"{count:N0} articles, {rate:N0}/s");
    }

    private string PercentDone() => walker.TotalBytes == 0
        ? "?"
        : string.Create(CultureInfo.InvariantCulture, $"{100.0 * walker.BytesRead / walker.TotalBytes:0}%");
}
