using Marsad.Analysis;
using Marsad.Duplicates;
using Marsad.Pipeline;
using Marsad.Storage;

namespace Marsad.Stories;

/// <summary>
/// The stream's sequential stage: places each analyzed article, in order, as an update of one already stored,
/// a copy of one already seen, a new member of a recent event, or the founder of a new event (itself joining a
/// storyline by shared actors and topic, or starting one). Collects what changed into batches to store.
/// </summary>
public sealed class StoryBuilder(IStoryStateSource source, StoryOptions options)
{
    private readonly StoryMemory memory = new(source, options);
    private readonly Dictionary<string, StoredArticle> pending = new(StringComparer.Ordinal);
    private readonly HashSet<EventState> dirtyEvents = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<StorylineState> dirtyStorylines = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<string> deletedEvents = new(StringComparer.Ordinal);
    private readonly HashSet<string> deletedStorylines = new(StringComparer.Ordinal);
    private int newestDay = int.MinValue;

    public int PendingCount => pending.Count;

    public ArticlePlacement Place(AnalyzedArticle analyzed, DateTime streamTime)
    {
        var id = analyzed.Article.Id;
        var previous = FindPrevious(id);
        if (previous is not null && previous.InputHash == analyzed.InputHash)
        {
            var storyline = memory.FindEvent(previous.EventId)?.StorylineId ?? string.Empty;
            return new ArticlePlacement(id, PlacementKind.Unchanged, previous.EventId, storyline, previous.DuplicateOf, false, 1);
        }
        if (previous is not null)
        {
            Detach(previous);
        }
        var day = DateOnly.FromDateTime(streamTime).DayNumber;
        newestDay = Math.Max(newestDay, day);
        memory.EnsureWindow(day);
        var placement = PlaceAsCopy(analyzed, streamTime, day) ?? PlaceInEvent(analyzed, streamTime, day, previous is not null);
        placement = placement with { Updated = previous is not null };
        pending[id] = new StoredArticle(analyzed, streamTime, placement.EventId, placement.DuplicateOf);
        return placement;
    }

    /// <summary>Hands over everything placed since the last call, and frees memory no longer needed.</summary>
    public StoryBatch TakeBatch()
    {
        var batch = new StoryBatch(
            pending.Values.ToList(),
            dirtyEvents.Where(e => !deletedEvents.Contains(e.Id)).Select(e => e.Snapshot()).ToList(),
            dirtyStorylines.Where(s => !deletedStorylines.Contains(s.Id)).Select(s => s.Snapshot()).ToList(),
            deletedEvents.ToList(),
            deletedStorylines.ToList());
        pending.Clear();
        dirtyEvents.Clear();
        dirtyStorylines.Clear();
        deletedEvents.Clear();
        deletedStorylines.Clear();
        if (newestDay != int.MinValue)
        {
            memory.EvictBefore(newestDay);
        }
        return batch;
    }

    private StoredArticleState? FindPrevious(string id) =>
        pending.TryGetValue(id, out var placed)
            ? new StoredArticleState(id, placed.Analyzed.InputHash, placed.EventId, placed.DuplicateOf,
                placed.Analyzed.Vector, placed.Analyzed.Signature)
            : source.FindArticle(id);

    private ArticlePlacement? PlaceAsCopy(AnalyzedArticle analyzed, DateTime time, int day)
    {
        var id = analyzed.Article.Id;
        var match = memory.Duplicates.Find(id, analyzed.Signature, analyzed.TextKey, day);
        var target = match is null ? null : memory.FindEvent(match.EventId);
        if (match is null || target is null)
        {
            return null;
        }
        var storyline = Storyline(target);
        target.ArticleCount++;
        target.Cover(time);
        storyline.ArticleCount++;
        storyline.Cover(time);
        MarkDirty(target, storyline);
        memory.Duplicates.Add(new ArticleFingerprint(id, match.CanonicalId, target.Id, analyzed.Signature, analyzed.TextKey, day));
        return new ArticlePlacement(id, PlacementKind.Duplicate, target.Id, storyline.Id, match.CanonicalId, false, match.Jaccard);
    }

    /// <param name="seenBefore">
    /// Whether the article was stored before: only then can an id named after it already be in the store (an event
    /// it founded earlier), so only then is the store asked.
    /// </param>
    private ArticlePlacement PlaceInEvent(AnalyzedArticle analyzed, DateTime time, int day, bool seenBefore)
    {
        var id = analyzed.Article.Id;
        var vector = analyzed.Vector;
        var (best, similarity) = BestEvent(vector, time);
        var kind = PlacementKind.JoinedEvent;
        if (best is null)
        {
            kind = PlacementKind.NewEvent;
            var eventId = StoryIds.ForEvent(id, seenBefore ? EventIdTaken : memory.EventIdInMemory);
            var storyline = BestStoryline(vector, day) ?? NewStoryline(eventId, seenBefore);
            best = new EventState(eventId, storyline.Id) { Title = analyzed.Article.Title };
            storyline.EventCount++;
            memory.Track(best);
        }
        var home = Storyline(best);
        best.Centroid.Add(vector);
        best.Remember(vector);
        best.ArticleCount++;
        best.Cover(time);
        home.Profile.Add(vector);
        home.ArticleCount++;
        home.Cover(time);
        if (StoryMemory.WorthReindexing(best.ArticleCount))
        {
            memory.Reindex(best);
        }
        if (StoryMemory.WorthReindexing(home.ArticleCount))
        {
            memory.Reindex(home);
        }
        MarkDirty(best, home);
        memory.Duplicates.Add(new ArticleFingerprint(id, id, best.Id, analyzed.Signature, analyzed.TextKey, day));
        return new ArticlePlacement(id, kind, best.Id, home.Id, null, false, similarity);
    }

    /// <summary>The most similar event whose span, widened by the window, holds the article's time.</summary>
    private (EventState? Event, double Similarity) BestEvent(TermVector vector, DateTime time)
    {
        EventState? best = null;
        var bestSimilarity = 0d;
        var window = TimeSpan.FromDays(options.EventWindowDays);
        var actors = options.OtherActors == 1 ? [] : ActorTerms.Of(vector);
        foreach (var candidate in memory.EventCandidates(vector))
        {
            if (time < candidate.First - window || time > candidate.Last + window
                || (Max(time, candidate.Last) - Min(time, candidate.First)).TotalDays > options.EventMaxSpanDays)
            {
                continue;
            }
            var similarity = candidate.AverageSimilarity(vector, actors, (float)options.OtherActors) * Fade(candidate, time);
            if (similarity >= options.EventSimilarity && similarity > bestSimilarity)
            {
                (best, bestSimilarity) = (candidate, similarity);
            }
        }
        return (best, bestSimilarity);
    }

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    private double Fade(EventState candidate, DateTime time)
    {
        if (options.EventFadeDays <= 0)
        {
            return 1;
        }
        var gap = time < candidate.First ? candidate.First - time : time > candidate.Last ? time - candidate.Last : TimeSpan.Zero;
        // Half a day is within the uncertainty of a date given without its time (placed at midday).
        var days = Math.Max(0, gap.TotalDays - 0.5);
        return Math.Exp(-days / options.EventFadeDays);
    }

    private StorylineState? BestStoryline(TermVector vector, int day)
    {
        StorylineState? best = null;
        var bestSimilarity = 0d;
        foreach (var candidate in memory.StorylineCandidates(vector))
        {
            if (day - candidate.LastDay > options.StorylineWindowDays)
            {
                continue;
            }
            var similarity = candidate.Profile.Cosine(vector);
            if (similarity >= options.StorylineSimilarity && similarity > bestSimilarity)
            {
                (best, bestSimilarity) = (candidate, similarity);
            }
        }
        return best;
    }

    private StorylineState NewStoryline(string founderEventId, bool seenBefore)
    {
        var storyline = new StorylineState(StoryIds.ForStoryline(founderEventId,
            seenBefore ? StorylineIdTaken : memory.StorylineIdInMemory));
        memory.Track(storyline);
        return storyline;
    }

    /// <summary>
    /// An id is free again once its event is deleted in this batch: an updated article that was alone in its event
    /// founds it again under the same id, rather than a suffixed one.
    /// </summary>
    private bool EventIdTaken(string id) => !deletedEvents.Contains(id) && memory.EventIdTaken(id);

    private bool StorylineIdTaken(string id) => !deletedStorylines.Contains(id) && memory.StorylineIdTaken(id);

    /// <summary>Takes an updated article out of where it was, so it can be placed afresh.</summary>
    private void Detach(StoredArticleState previous)
    {
        pending.Remove(previous.Id);
        memory.Duplicates.Remove(previous.Id);
        var home = memory.FindEvent(previous.EventId);
        if (home is null)
        {
            return;
        }
        var storyline = Storyline(home);
        home.ArticleCount--;
        storyline.ArticleCount--;
        if (previous.DuplicateOf is null)
        {
            home.Centroid.Subtract(previous.Vector);
            home.Forget(previous.Vector);
            storyline.Profile.Subtract(previous.Vector);
            memory.Reindex(home);
            memory.Reindex(storyline);
        }
        MarkDirty(home, storyline);
        if (home.ArticleCount > 0)
        {
            return;
        }
        memory.Forget(home);
        deletedEvents.Add(home.Id);
        storyline.EventCount--;
        if (storyline.EventCount <= 0)
        {
            memory.Forget(storyline);
            deletedStorylines.Add(storyline.Id);
        }
    }

    private StorylineState Storyline(EventState item) =>
        memory.FindStoryline(item.StorylineId)
        ?? throw new InvalidOperationException($"Event {item.Id} points at storyline {item.StorylineId}, which is not stored.");

    private void MarkDirty(EventState item, StorylineState storyline)
    {
        dirtyEvents.Add(item);
        dirtyStorylines.Add(storyline);
        deletedEvents.Remove(item.Id);
        deletedStorylines.Remove(storyline.Id);
    }
}
