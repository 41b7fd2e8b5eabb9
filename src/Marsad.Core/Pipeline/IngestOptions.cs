using Marsad.Stories;

namespace Marsad.Pipeline;

/// <summary>How an ingest runs: parallelism, how far articles are reordered by time, how often it commits.</summary>
public sealed record IngestOptions
{
    /// <summary>Threads for the per-article stages (extract, analyze).</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Articles are placed in time order within windows of this many, so that a day's files read in any order
    /// still cluster as a stream would. Bounded, so memory stays flat on input of any size.
    /// </summary>
    public int ReorderWindow { get; init; } = 2_000;

    /// <summary>Articles per transaction.</summary>
    public int BatchSize { get; init; } = 1_000;

    /// <summary>
    /// Whether articles are enriched with named entities and quotations (most of the per-article cost); without,
    /// they are still extracted, dated, deduplicated and clustered.
    /// </summary>
    public bool Enrich { get; init; } = true;

    public StoryOptions Stories { get; init; } = StoryOptions.Default;
}
