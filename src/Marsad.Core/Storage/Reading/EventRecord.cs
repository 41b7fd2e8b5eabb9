using Marsad.Summaries;

namespace Marsad.Storage.Reading;

/// <summary>An event with everything <c>marsad export --events</c> writes for it.</summary>
public sealed record EventRecord(
    string Id,
    string StorylineId,
    string Title,
    IReadOnlyList<string> ArticleIds,
    IReadOnlyList<string> Outlets,
    string? FirstPublished,
    string? LastPublished,
    EventSummary? Summary);
