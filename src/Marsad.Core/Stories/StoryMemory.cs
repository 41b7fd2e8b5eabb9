using Marsad.Analysis;
using Marsad.Duplicates;
using Marsad.Storage;

namespace Marsad.Stories;

/// <summary>
/// The stream stages' working memory: fingerprints, events and storylines of a window of days around the
/// articles being placed, loaded from storage on demand and evicted once written, so that memory and the cost
/// per article do not grow with the database. Events and storylines are indexed by their heaviest terms.
/// </summary>
public sealed class StoryMemory(IStoryStateSource source, StoryOptions options)
{
    /// <summary>Days kept behind the newest day seen, beyond what the windows strictly need.</summary>
    private const int Slack = 7;

    private readonly Dictionary<string, EventState> events = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StorylineState> storylines = new(StringComparer.Ordinal);
    private readonly TermIndex<EventState> eventIndex = new();
    private readonly TermIndex<StorylineState> storylineIndex = new();
    private DayRange fingerprintDays = DayRange.None;
    private DayRange eventDays = DayRange.None;
    private DayRange storylineDays = DayRange.None;

    public DuplicateFinder Duplicates { get; } = new(options);

    public int EventCount => events.Count;

    /// <summary>Makes sure everything an article of <paramref name="day"/> could match is in memory.</summary>
    public void EnsureWindow(int day)
    {
        var d = options.DuplicateWindowDays;
        foreach (var (from, to) in fingerprintDays.Missing(day - d, day + d))
        {
            foreach (var fingerprint in source.LoadFingerprints(from, to))
            {
                if (!Duplicates.Contains(fingerprint.Id))
                {
                    Duplicates.Add(fingerprint);
                }
            }
            fingerprintDays = fingerprintDays.Union(from, to);
        }
        var e = options.EventWindowDays;
        foreach (var (from, to) in eventDays.Missing(day - e, day + e))
        {
            foreach (var loaded in source.LoadEvents(from, to))
            {
                Track(loaded);
            }
            eventDays = eventDays.Union(from, to);
        }
        foreach (var (from, to) in storylineDays.Missing(day - options.StorylineWindowDays, day + e))
        {
            foreach (var loaded in source.LoadStorylines(from, to))
            {
                Track(loaded);
            }
            storylineDays = storylineDays.Union(from, to);
        }
    }

    public EventState? FindEvent(string id)
    {
        if (events.TryGetValue(id, out var found))
        {
            return found;
        }
        var loaded = source.LoadEvent(id);
        if (loaded is not null)
        {
            Track(loaded);
        }
        return loaded;
    }

    public StorylineState? FindStoryline(string id)
    {
        if (storylines.TryGetValue(id, out var found))
        {
            return found;
        }
        var loaded = source.LoadStoryline(id);
        if (loaded is not null)
        {
            Track(loaded);
        }
        return loaded;
    }

    public bool EventIdInMemory(string id) => events.ContainsKey(id);

    public bool StorylineIdInMemory(string id) => storylines.ContainsKey(id);

    public bool EventIdTaken(string id) => events.ContainsKey(id) || source.LoadEvent(id) is not null;

    public bool StorylineIdTaken(string id) => storylines.ContainsKey(id) || source.LoadStoryline(id) is not null;

    public IEnumerable<EventState> EventCandidates(TermVector vector) =>
        eventIndex.Candidates(vector.Terms.Take(options.LookupTerms), options.MaxPostings, options.MinSharedTerms);

    public IEnumerable<StorylineState> StorylineCandidates(TermVector vector) =>
        storylineIndex.Candidates(vector.Terms.Take(options.LookupTerms), options.MaxPostings, options.MinSharedTerms);

    public void Track(EventState item)
    {
        if (events.TryAdd(item.Id, item))
        {
            Reindex(item);
        }
    }

    public void Track(StorylineState item)
    {
        if (storylines.TryAdd(item.Id, item))
        {
            Reindex(item);
        }
    }

    public void Reindex(EventState item) => eventIndex.Index(item, item.Centroid.TopTerms(options.IndexedTerms));

    public void Reindex(StorylineState item) => storylineIndex.Index(item, item.Profile.TopTerms(options.IndexedTerms));

    /// <summary>
    /// Reindexing sorts the whole sum, so it is done while a cluster is small and its heaviest terms still move,
    /// then at doubling sizes (a large cluster's top terms barely change from one article to the next).
    /// </summary>
    public static bool WorthReindexing(int size) => size <= 8 || (size & (size - 1)) == 0;

    public void Forget(EventState item)
    {
        events.Remove(item.Id);
        eventIndex.Remove(item);
    }

    public void Forget(StorylineState item)
    {
        storylines.Remove(item.Id);
        storylineIndex.Remove(item);
    }

    /// <summary>
    /// Drops what no article near <paramref name="newestDay"/> can reach any more. Only call it when nothing in
    /// memory is waiting to be written.
    /// </summary>
    public void EvictBefore(int newestDay)
    {
        var fingerprintsFrom = newestDay - options.DuplicateWindowDays - Slack;
        if (!fingerprintDays.IsEmpty && fingerprintDays.From < fingerprintsFrom)
        {
            Duplicates.EvictBefore(fingerprintsFrom);
            fingerprintDays = fingerprintDays with { From = fingerprintsFrom };
        }
        var eventsFrom = newestDay - options.EventWindowDays - Slack;
        if (!eventDays.IsEmpty && eventDays.From < eventsFrom)
        {
            foreach (var old in events.Values.Where(e => e.LastDay < eventsFrom).ToList())
            {
                Forget(old);
            }
            eventDays = eventDays with { From = eventsFrom };
        }
        var storylinesFrom = newestDay - options.StorylineWindowDays - Slack;
        if (!storylineDays.IsEmpty && storylineDays.From < storylinesFrom)
        {
            foreach (var old in storylines.Values.Where(s => s.LastDay < storylinesFrom).ToList())
            {
                Forget(old);
            }
            storylineDays = storylineDays with { From = storylinesFrom };
        }
    }
}
