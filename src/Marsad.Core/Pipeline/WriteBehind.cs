using Marsad.Duplicates;
using Marsad.Storage;
using Marsad.Stories;
using Marsad.Summaries;

namespace Marsad.Pipeline;

/// <summary>
/// Lets placement go on while the last batch is being written: each batch is written on another thread, one at a
/// time, and the stream state is read as if every batch had already landed. A read that could touch the batch in
/// flight (its articles, events or storylines, or the days they span) first waits for it; in a stream in time order
/// such reads are rare, so placing and writing, the two stages that cannot be spread over cores, overlap instead of
/// adding up.
/// </summary>
/// <remarks>
/// The writer and the source must not share a connection: the writer's runs on another thread. A failed write is
/// thrown by the next call that waits for it, so no batch is lost silently, and no later batch is written.
/// </remarks>
internal sealed class WriteBehind(IStoryStateSource source, IStoryWriter writer) : IStoryStateSource
{
    private Task writing = Task.CompletedTask;
    private InFlightBatch inFlight = InFlightBatch.None;
    private bool foundStoredArticle;

    /// <summary>Hands <paramref name="batch"/> to the writer's thread once the batch before it has landed.</summary>
    public void Write(StoryBatch batch)
    {
        Drain();
        // An article found in the store is being replaced (or left unchanged): its old row may sit on other days.
        inFlight = InFlightBatch.Of(batch, replacesStored: foundStoredArticle);
        foundStoredArticle = false;
        writing = Task.Run(() => writer.Write(batch));
    }

    /// <summary>Waits for the batch in flight to land, throwing what went wrong with it.</summary>
    public void Drain()
    {
        var pending = writing;
        writing = Task.CompletedTask;
        inFlight = InFlightBatch.None;
        pending.GetAwaiter().GetResult();
    }

    /// <summary>Waits for the batch in flight without throwing: for when the ingest is already ending on an error.</summary>
    public void DrainQuietly()
    {
        try
        {
            Drain();
        }
        catch (Exception)
        {
            // The error already ending the ingest is the one to report; this one is the same failure or a consequence.
        }
    }

    public StoredArticleState? FindArticle(string id)
    {
        DrainIf(inFlight.MayChangeArticle(id));
        var found = source.FindArticle(id);
        foundStoredArticle |= found is not null;
        return found;
    }

    public IEnumerable<ArticleFingerprint> LoadFingerprints(int fromDay, int toDay)
    {
        DrainIf(inFlight.MayChangeDays(fromDay, toDay));
        return source.LoadFingerprints(fromDay, toDay);
    }

    public IEnumerable<EventState> LoadEvents(int fromDay, int toDay)
    {
        DrainIf(inFlight.MayChangeDays(fromDay, toDay));
        return source.LoadEvents(fromDay, toDay);
    }

    public EventState? LoadEvent(string id)
    {
        DrainIf(inFlight.MayChangeEvent(id));
        return source.LoadEvent(id);
    }

    public IEnumerable<StorylineState> LoadStorylines(int fromDay, int toDay)
    {
        DrainIf(inFlight.MayChangeDays(fromDay, toDay));
        return source.LoadStorylines(fromDay, toDay);
    }

    public StorylineState? LoadStoryline(string id)
    {
        DrainIf(inFlight.MayChangeStoryline(id));
        return source.LoadStoryline(id);
    }

    public IReadOnlyList<SummarySource> LoadEventSources(string eventId)
    {
        Drain();
        return source.LoadEventSources(eventId);
    }

    public IReadOnlyList<SummarySource> LoadStorylineSources(string storylineId, int max)
    {
        Drain();
        return source.LoadStorylineSources(storylineId, max);
    }

    private void DrainIf(bool needed)
    {
        if (needed)
        {
            Drain();
        }
    }
}
