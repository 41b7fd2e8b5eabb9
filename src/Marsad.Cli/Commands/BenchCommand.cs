using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Marsad.Evaluation;
using Marsad.Input;
using Marsad.Pipeline;
using Marsad.Storage.Sqlite;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad bench</c>: ingest all of SaudiNewsNet into a fresh database and print the rate, how it holds up as the
/// database grows, and peak memory, beside a baseline measured in the same run (only reading the input).
/// </summary>
internal static class BenchCommand
{
    private const int Edge = 5_000;

    public static Command Create()
    {
        var data = new Option<string?>("--data") { Description = "Articles to ingest (default: ../shared/data/saudinewsnet).", HelpName = "PATH" };
        var plain = new Option<bool>("--no-enrich") { Description = "Ingest without named entities and quotations, as `ingest --no-enrich` does." };
        var keep = new Option<string?>("--keep-db") { Description = "Keep the database at FILE instead of deleting it.", HelpName = "FILE" };
        var command = new Command("bench", """
            Ingest SaudiNewsNet (18,984 articles) into a fresh database and print articles per second, the rate over
            the first and the last 5,000 articles (is the cost per article flat as the database grows?), and peak
            memory. A baseline in the same run only reads and parses the input, for a ratio that holds across machines.
            """)
        {
            data, keep, plain,
        };
        command.SetAction(result => Run(DataLocator.Require("saudinewsnet", result.GetValue(data)).FullName, result.GetValue(keep),
            new IngestOptions { Enrich = !result.GetValue(plain) }));
        return command;
    }

    private static int Run(string data, string? keep, IngestOptions options)
    {
        var (readCount, readTime) = Baseline(data);
        var path = keep ?? Path.Combine(Path.GetTempPath(), $"marsad-bench-{Environment.ProcessId}.db");
        DeleteDatabase(path);
        var samples = new List<(TimeSpan Elapsed, int Committed)> { (TimeSpan.Zero, 0) };
        var cpuSamples = new List<(TimeSpan Elapsed, int Committed)> { (TimeSpan.Zero, 0) };
        using var process = Process.GetCurrentProcess();
        var clock = new Stopwatch();
        IngestReport report;
        var cpuBefore = process.TotalProcessorTime;
        var (gen0, gen2, paused) = (GC.CollectionCount(0), GC.CollectionCount(2), GC.GetTotalPauseDuration());
        using (var store = SqliteStore.Open(path))
        {
            var pipeline = new IngestPipeline(store.StateSource, store.Writer, options);
            pipeline.Progressed += progress =>
            {
                samples.Add((clock.Elapsed, progress.Committed));
                process.Refresh();
                cpuSamples.Add((process.TotalProcessorTime - cpuBefore, progress.Committed));
            };
            clock.Start();
            report = pipeline.Run(new InputWalker([data]).Items());
            clock.Stop();
        }
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var collections = (Gen0: GC.CollectionCount(0) - gen0, Gen2: GC.CollectionCount(2) - gen2, Paused: GC.GetTotalPauseDuration() - paused);
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        var size = new FileInfo(path).Length;
        if (keep is null)
        {
            DeleteDatabase(path);
        }
        Console.WriteLine(options.Enrich ? "enrichment: entities and quotations" : "enrichment: none (--no-enrich)");
        Print(data, readCount, readTime, report, clock.Elapsed, cpu, samples, peak, size);
        var stored = samples[^1].Committed;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"cpu time per article: first {Edge:N0} {1000 / RateBetween(cpuSamples, 0, Math.Min(Edge, stored)):0.00} ms, last {Edge:N0} {1000 / RateBetween(cpuSamples, Math.Max(0, stored - Edge), stored):0.00} ms"));
        var placedAt = PlacedAt(samples, stored);
        // The CPU of the summaries, beside their wall time: 2 cores busy throughout would make it twice the wall time.
        var summaryCpu = cpu - PlacedAt(cpuSamples, stored);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"phases:    placed and written after {placedAt.TotalSeconds:0.0} s, then summaries for {(clock.Elapsed - placedAt).TotalSeconds:0.0} s ({summaryCpu.TotalSeconds:0.0} s of CPU)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"garbage collection: {collections.Gen0:N0} collections ({collections.Gen2:N0} full), paused {collections.Paused.TotalSeconds:0.0} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"compiling:  {System.Runtime.JitInfo.GetCompiledMethodCount():N0} methods compiled in {System.Runtime.JitInfo.GetCompilationTime().TotalSeconds:0.0} s (just-in-time, in this process)"));
        return ExitCodes.Success;
    }

    /// <summary>Reading and parsing only: the floor under any ingest on this machine.</summary>
    private static (int Count, TimeSpan Time) Baseline(string data)
    {
        var clock = Stopwatch.StartNew();
        var count = new InputWalker([data]).Items().Count(i => i is ArticleInput);
        return (count, clock.Elapsed);
    }

    private static void Print(string data, int readCount, TimeSpan readTime, IngestReport report, TimeSpan total, TimeSpan cpu,
        List<(TimeSpan Elapsed, int Committed)> samples, long peak, long size)
    {
        var stored = samples[^1].Committed;
        var rate = stored / total.TotalSeconds;
        var first = RateBetween(samples, 0, Math.Min(Edge, stored));
        var last = RateBetween(samples, Math.Max(0, stored - Edge), stored);
        var baseline = readCount / readTime.TotalSeconds;
        var lines = new[]
        {
            $"data:      {data}: {report.Read:N0} items, {stored:N0} articles placed ({report.Duplicates:N0} copies, {report.NewEvents:N0} events), {report.Problems:N0} problems",
            $"machine:   {Environment.ProcessorCount} cores, .NET {Environment.Version}",
            $"baseline:  reading and parsing only       {baseline,8:N0} articles/s  ({readTime.TotalSeconds:0.0} s)",
            $"ingest:    whole pipeline into SQLite     {rate,8:N0} articles/s  ({total.TotalSeconds:0.0} s; {rate / baseline:0.00} of the baseline)",
            $"first {Edge:N0}:                           {first,8:N0} articles/s",
            $"last {Edge:N0}:                            {last,8:N0} articles/s  (last / first = {last / first:0.00}; 1.00 is flat)",
            // CPU time is what the ingest itself costs, whatever else the machine is doing at the time.
            $"cpu time:  {cpu.TotalMilliseconds / Math.Max(1, stored),8:0.00} ms per article  ({stored / cpu.TotalSeconds:N0} articles per CPU-second; {Environment.ProcessorCount} cores give at most {Environment.ProcessorCount * stored / cpu.TotalSeconds:N0}/s)",
            $"peak memory (working set):             {peak / (1024.0 * 1024.0),8:N0} MB",
            $"database size:                          {size / (1024.0 * 1024.0),8:N0} MB",
        };
        foreach (var line in lines)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{line}"));
        }
    }

    /// <summary>When the last article was stored: what follows is summarizing the events and storylines touched.</summary>
    private static TimeSpan PlacedAt(List<(TimeSpan Elapsed, int Committed)> samples, int stored) =>
        samples.First(s => s.Committed >= stored).Elapsed;

    /// <summary>Articles per second between two committed counts, read off the progress samples.</summary>
    private static double RateBetween(List<(TimeSpan Elapsed, int Committed)> samples, int from, int to)
    {
        var start = TimeAt(samples, from);
        var end = TimeAt(samples, to);
        return end > start ? (to - from) / (end - start).TotalSeconds : double.NaN;
    }

    private static TimeSpan TimeAt(List<(TimeSpan Elapsed, int Committed)> samples, int committed)
    {
        for (var i = 1; i < samples.Count; i++)
        {
            if (samples[i].Committed >= committed)
            {
                var (t0, c0) = samples[i - 1];
                var (t1, c1) = samples[i];
                var share = c1 == c0 ? 1 : (committed - c0) / (double)(c1 - c0);
                return t0 + (t1 - t0) * share;
            }
        }
        return samples[^1].Elapsed;
    }

    private static void DeleteDatabase(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
