using Marsad.Storage;

namespace Marsad.Pipeline;

/// <summary>
/// What a batch being written could change in what the stream state reads: its articles, events and storylines by
/// id, and the days they span (an event's or storyline's stored span only ever widens, so the new span holds the old).
/// A batch that replaces or deletes what was stored before may change anything, and says so.
/// </summary>
internal sealed class InFlightBatch
{
    public static readonly InFlightBatch None = new([], [], [], int.MaxValue, int.MinValue, false);

    private readonly HashSet<string> articles;
    private readonly HashSet<string> events;
    private readonly HashSet<string> storylines;
    private readonly int fromDay;
    private readonly int toDay;
    private readonly bool changesAnything;

    private InFlightBatch(HashSet<string> articles, HashSet<string> events, HashSet<string> storylines, int fromDay, int toDay,
        bool changesAnything)
    {
        this.articles = articles;
        this.events = events;
        this.storylines = storylines;
        this.fromDay = fromDay;
        this.toDay = toDay;
        this.changesAnything = changesAnything;
    }

    /// <param name="replacesStored">Whether any of its articles replaces one stored before (an update).</param>
    public static InFlightBatch Of(StoryBatch batch, bool replacesStored)
    {
        var days = batch.Articles.Select(a => Day(a.StreamTime))
            .Concat(batch.Events.SelectMany(e => new[] { Day(e.First), Day(e.Last) }))
            .Concat(batch.Storylines.SelectMany(s => new[] { Day(s.First), Day(s.Last) }))
            .ToList();
        return new InFlightBatch(
            batch.Articles.Select(a => a.Analyzed.Article.Id).ToHashSet(StringComparer.Ordinal),
            batch.Events.Select(e => e.Id).ToHashSet(StringComparer.Ordinal),
            batch.Storylines.Select(s => s.Id).ToHashSet(StringComparer.Ordinal),
            days.Count == 0 ? int.MaxValue : days.Min(),
            days.Count == 0 ? int.MinValue : days.Max(),
            replacesStored || batch.DeletedEvents.Count > 0 || batch.DeletedStorylines.Count > 0);
    }

    public bool MayChangeArticle(string id) => changesAnything || articles.Contains(id);

    public bool MayChangeEvent(string id) => changesAnything || events.Contains(id);

    public bool MayChangeStoryline(string id) => changesAnything || storylines.Contains(id);

    public bool MayChangeDays(int from, int to) => changesAnything || (from <= toDay && to >= fromDay);

    private static int Day(DateTime time) => DateOnly.FromDateTime(time).DayNumber;
}
