using Marsad.Summaries;

namespace Marsad.Storage.Reading;

/// <summary>An event with its articles in time order, and its summary once one is made.</summary>
public sealed record EventDetail(
    string Id,
    string StorylineId,
    string StorylineTitle,
    string Headline,
    DateTime First,
    DateTime Last,
    IReadOnlyList<string> Outlets,
    IReadOnlyList<ArticleSummary> Articles,
    EventSummary? Summary = null);
