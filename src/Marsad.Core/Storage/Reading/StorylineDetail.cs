using Marsad.Summaries;

namespace Marsad.Storage.Reading;

/// <summary>A storyline with its timeline, events in time order, and the facts its outlets agree on.</summary>
public sealed record StorylineDetail(StorylineSummary Summary, IReadOnlyList<TimelineEntry> Timeline, IReadOnlyList<AgreedFact> Facts);
