namespace Marsad.Storage.Reading;

/// <summary>An entity, one page of the events whose articles name it, and how many such events there are in all.</summary>
public sealed record EntityEvents(EntitySummary Entity, IReadOnlyList<TimelineEntry> Events, int EventTotal)
{
    /// <summary>What the entity said, as speaker, most recent first (a bounded number, from its latest articles).</summary>
    public IReadOnlyList<EventQuote> Quotes { get; init; } = [];
}
