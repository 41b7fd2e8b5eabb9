using Marsad.Storage;
using Marsad.Summaries;

namespace Marsad.Pipeline;

/// <summary>
/// After the stream, summarizes the events and storylines it touched, once each (not after every batch, as they
/// grow): headline, central sentences and agreed facts per event, agreed facts per storyline. Loads and summaries run
/// on every core without a pause, while the summaries before are written on another thread, a batch at a time: a
/// batch written between rounds of summaries left the cores idle while it was written, and each round's slowest
/// summary left one core idle while the other waited for it.
/// </summary>
/// <remarks>
/// The writes land in the order they were handed over, and every event's summary lands before any storyline's
/// facts: a storyline is retitled by its events' headlines. The source's summary loads must be thread-safe.
/// </remarks>
internal sealed class SummaryStage(IStoryStateSource source, IStoryWriter writer, IngestOptions options)
{
    /// <summary>A storyline's facts are read off its latest articles, not all of a storyline that has run for years.</summary>
    private const int MaxStorylineSources = 300;

    private Task writing = Task.CompletedTask;

    /// <param name="events">The events to summarize.</param>
    /// <param name="storylines">The storylines to read facts for, with how many articles each holds.</param>
    /// <param name="cancellation">Stops the summaries; what was handed to the writer still lands.</param>
    public void Run(IEnumerable<string> events, IReadOnlyDictionary<string, int> storylines, CancellationToken cancellation)
    {
        try
        {
            foreach (var rows in Summarize(events, source.LoadEventSources, EventSummarizer.Summarize, cancellation))
            {
                WriteBehind(new SummaryBatch(rows, []));
            }
            // A storyline of fewer articles than a fact needs sources agrees with nobody: its facts are none, and its
            // texts need not be read.
            foreach (var rows in Summarize(storylines.Keys,
                id => storylines[id] < AgreedFactFinder.MinSources ? [] : source.LoadStorylineSources(id, MaxStorylineSources),
                AgreedFactFinder.Find, cancellation))
            {
                WriteBehind(new SummaryBatch([], rows));
            }
        }
        catch
        {
            // What was handed to the writer lands before the error is reported; its own failure would only repeat it.
            try
            {
                writing.GetAwaiter().GetResult();
            }
            catch (Exception)
            {
            }
            throw;
        }
        writing.GetAwaiter().GetResult();
    }

    /// <summary>
    /// Summaries in batches, on every core, at most two batches ahead of the writer (workers of their own, so that the
    /// writer's thread-pool thread is never starved by them).
    /// </summary>
    private IEnumerable<(string, T)[]> Summarize<T>(IEnumerable<string> ids, Func<string, IReadOnlyList<SummarySource>> load,
        Func<IReadOnlyList<SummarySource>, T> summarize, CancellationToken cancellation) =>
        ParallelInOrder.Map(ids.Order(StringComparer.Ordinal), id => (id, summarize(load(id))),
                Math.Max(1, options.Parallelism), 2 * Math.Max(1, options.BatchSize), cancellation)
            .Chunk(options.BatchSize);

    /// <summary>Hands a batch to another thread once the batch before it has landed, throwing what went wrong with that one.</summary>
    private void WriteBehind(SummaryBatch batch)
    {
        writing.GetAwaiter().GetResult();
        writing = Task.Run(() => writer.Write(batch));
    }
}
