using Marsad.Analysis;

namespace Marsad.Stories;

/// <summary>
/// An event as the clustering stage holds it while the stream runs: its span, its centroid (the sum of its
/// canonical articles' vectors; copies count as coverage but do not pull the centroid), and its headline.
/// Mutable by design and owned by one stage; what leaves the stage is an <see cref="EventSnapshot"/>.
/// </summary>
public sealed class EventState(string id, string storylineId)
{
    public string Id { get; } = id;

    public string StorylineId { get; set; } = storylineId;

    public DateTime First { get; set; } = DateTime.MaxValue;

    public DateTime Last { get; set; } = DateTime.MinValue;

    public int ArticleCount { get; set; }

    public SparseSum Centroid { get; init; } = new();

    public string Title { get; set; } = string.Empty;

    public int FirstDay => DateOnly.FromDateTime(First).DayNumber;

    public int LastDay => DateOnly.FromDateTime(Last).DayNumber;

    public void Cover(DateTime time)
    {
        if (time < First)
        {
            First = time;
        }
        if (time > Last)
        {
            Last = time;
        }
    }

    public EventSnapshot Snapshot() =>
        new(Id, StorylineId, First, Last, ArticleCount, Title, Centroid.Weights.ToArray());
}
