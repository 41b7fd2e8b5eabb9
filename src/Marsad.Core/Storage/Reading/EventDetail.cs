using Marsad.Summaries;

namespace Marsad.Storage.Reading;

/// <summary>An event with its articles in time order, its summary once one is made, and the entities its articles name.</summary>
public sealed record EventDetail(
    string Id,
    string StorylineId,
    string StorylineTitle,
    string Headline,
    DateTime First,
    DateTime Last,
    IReadOnlyList<string> Outlets,
    IReadOnlyList<ArticleSummary> Articles,
    EventSummary? Summary = null)
{
    /// <summary>The entities its articles name, the most widely named first.</summary>
    public IReadOnlyList<EntitySummary> Entities { get; init; } = [];
}
