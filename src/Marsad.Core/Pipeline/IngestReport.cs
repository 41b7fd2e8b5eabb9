namespace Marsad.Pipeline;

/// <summary>What one ingest did, counted.</summary>
public sealed record IngestReport(
    int Read,
    int Added,
    int Updated,
    int Unchanged,
    int Duplicates,
    int NewEvents,
    int Problems,
    TimeSpan Elapsed)
{
    public int Stored => Added + Updated;

    public double ArticlesPerSecond => Elapsed.TotalSeconds > 0 ? Read / Elapsed.TotalSeconds : 0;
}
