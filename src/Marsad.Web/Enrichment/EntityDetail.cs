using Marsad.Storage.Reading;

namespace Marsad.Web.Enrichment;

/// <summary>An entity with one page of the events that mention it, and how many there are in all.</summary>
public sealed record EntityDetail(EntityView Entity, IReadOnlyList<TimelineEntry> Events, int EventTotal);
