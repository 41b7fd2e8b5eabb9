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

    /// <summary>
    /// The vectors of the most recent canonical members (at most <see cref="MaxMembers"/>), for comparing an article with
    /// the articles of an event one by one rather than with their blend.
    /// </summary>
    public List<TermVector> Members { get; init; } = [];

    public const int MaxMembers = 24;

    public void Remember(TermVector vector)
    {
        Members.Add(vector);
        if (Members.Count > MaxMembers)
        {
            Members.RemoveAt(0);
        }
    }

    /// <summary>Drops a member's vector (an article that left the event), matched by its terms and weights.</summary>
    public void Forget(TermVector vector)
    {
        var index = Members.FindIndex(m => m.Terms.SequenceEqual(vector.Terms) && m.Weights.SequenceEqual(vector.Weights));
        if (index >= 0)
        {
            Members.RemoveAt(index);
        }
    }

    /// <summary>The mean cosine between <paramref name="vector"/> and the remembered members.</summary>
    public float AverageSimilarity(TermVector vector) => AverageSimilarity(vector, [], 1f);

    /// <summary>
    /// The mean cosine between <paramref name="vector"/> and the remembered members; a member that names actors
    /// (people, organizations) of which the article, naming <paramref name="actors"/>, names none counts
    /// <paramref name="otherActors"/> times its cosine. The article's actors are found once by the caller, not per event.
    /// </summary>
    public float AverageSimilarity(TermVector vector, List<string> actors, float otherActors)
    {
        if (Members.Count == 0)
        {
            return Centroid.Cosine(vector);
        }
        var sum = 0f;
        foreach (var member in Members)
        {
            var similarity = member.Dot(vector);
            sum += actors.Count > 0 && ActorTerms.NamesOthers(member, actors) ? similarity * otherActors : similarity;
        }
        return sum / Members.Count;
    }

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
