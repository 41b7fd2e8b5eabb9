using Marsad.Stories;

namespace Marsad.Storage;

/// <summary>
/// Everything one step of the stream changed, written in one transaction: a crash loses at most the batch
/// under way and never leaves an article without its event or an event without its storyline.
/// </summary>
public sealed record StoryBatch(
    IReadOnlyList<StoredArticle> Articles,
    IReadOnlyList<EventSnapshot> Events,
    IReadOnlyList<StorylineSnapshot> Storylines,
    IReadOnlyList<string> DeletedEvents,
    IReadOnlyList<string> DeletedStorylines)
{
    public bool IsEmpty => Articles.Count == 0 && Events.Count == 0 && Storylines.Count == 0
        && DeletedEvents.Count == 0 && DeletedStorylines.Count == 0;
}
