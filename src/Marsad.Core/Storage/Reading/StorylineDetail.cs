namespace Marsad.Storage.Reading;

/// <summary>A storyline with its timeline, events in time order.</summary>
public sealed record StorylineDetail(StorylineSummary Summary, IReadOnlyList<TimelineEntry> Timeline);
