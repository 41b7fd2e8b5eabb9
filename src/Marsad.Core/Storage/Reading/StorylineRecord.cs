using Marsad.Summaries;

namespace Marsad.Storage.Reading;

/// <summary>A storyline with everything <c>marsad export --storylines</c> writes for it.</summary>
public sealed record StorylineRecord(string Id, string Title, IReadOnlyList<string> EventIds, IReadOnlyList<AgreedFact> Facts);
