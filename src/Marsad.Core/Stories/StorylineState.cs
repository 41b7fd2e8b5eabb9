using Marsad.Analysis;

namespace Marsad.Stories;

/// <summary>
/// A storyline while the stream runs: its span, how many events and articles it holds, and its profile (the
/// sum of its articles' vectors: the actors and topic it is about). Owned by one stage, like <see cref="EventState"/>.
/// </summary>
public sealed class StorylineState(string id)
{
    public string Id { get; } = id;

    public DateTime First { get; set; } = DateTime.MaxValue;

    public DateTime Last { get; set; } = DateTime.MinValue;

    public int EventCount { get; set; }

    public int ArticleCount { get; set; }

    public SparseSum Profile { get; init; } = new();

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

    public StorylineSnapshot Snapshot() =>
        new(Id, First, Last, EventCount, ArticleCount, Profile.Weights.ToArray());
}
