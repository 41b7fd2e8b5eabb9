using Marsad.Summaries;

namespace Marsad.Storage;

/// <summary>Summaries made after an ingest, for the events and storylines it touched; written in one transaction.</summary>
public sealed record SummaryBatch(
    IReadOnlyList<(string EventId, EventSummary Summary)> Events,
    IReadOnlyList<(string StorylineId, IReadOnlyList<AgreedFact> Facts)> Storylines);
