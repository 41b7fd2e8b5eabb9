using Marsad.Duplicates;
using Marsad.Stories;
using Marsad.Summaries;

namespace Marsad.Storage;

/// <summary>
/// How the stream stages reach what earlier ingests stored: they load windows of days on demand, so memory
/// and the cost per article stay flat however large the database grows. Days are <see cref="DateOnly.DayNumber"/>.
/// </summary>
public interface IStoryStateSource
{
    StoredArticleState? FindArticle(string id);

    IEnumerable<ArticleFingerprint> LoadFingerprints(int fromDay, int toDay);

    /// <summary>Events whose span overlaps the days <paramref name="fromDay"/> to <paramref name="toDay"/>.</summary>
    IEnumerable<EventState> LoadEvents(int fromDay, int toDay);

    EventState? LoadEvent(string id);

    /// <summary>Storylines whose last event falls in the days <paramref name="fromDay"/> to <paramref name="toDay"/>.</summary>
    IEnumerable<StorylineState> LoadStorylines(int fromDay, int toDay);

    StorylineState? LoadStoryline(string id);

    /// <summary>An event's articles as the summarizer reads them. Safe to call from several threads at once.</summary>
    IReadOnlyList<SummarySource> LoadEventSources(string eventId);

    /// <summary>
    /// A storyline's latest articles (at most <paramref name="max"/>), for the facts its outlets agree on. Safe to call
    /// from several threads at once.
    /// </summary>
    IReadOnlyList<SummarySource> LoadStorylineSources(string storylineId, int max);
}
