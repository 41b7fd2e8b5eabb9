using Marsad.Duplicates;
using Marsad.Storage;
using Marsad.Stories;
using Marsad.Summaries;

namespace Marsad.Tests.Support;

/// <summary>
/// A state source with nothing stored: the stream starts empty and everything stays in memory. A test that needs
/// summary sources derives from it and gives them.
/// </summary>
public class EmptyStateSource : IStoryStateSource
{
    public StoredArticleState? FindArticle(string id) => null;

    public IEnumerable<ArticleFingerprint> LoadFingerprints(int fromDay, int toDay) => [];

    public IEnumerable<EventState> LoadEvents(int fromDay, int toDay) => [];

    public EventState? LoadEvent(string id) => null;

    public IEnumerable<StorylineState> LoadStorylines(int fromDay, int toDay) => [];

    public StorylineState? LoadStoryline(string id) => null;

    public virtual IReadOnlyList<SummarySource> LoadEventSources(string eventId) => [];

    public virtual IReadOnlyList<SummarySource> LoadStorylineSources(string storylineId, int max) => [];
}
