using Marsad.Storage.Reading;

namespace Marsad.Storage;

/// <summary>What hosts (the CLI, the web app) read from a store. Paging is by offset and limit.</summary>
public interface IStoryReader
{
    StoreStatistics Statistics();

    /// <summary>Storylines, most recently active first.</summary>
    IReadOnlyList<StorylineSummary> Storylines(int offset, int limit);

    StorylineDetail? Storyline(string id);

    EventDetail? Event(string id);

    ArticleRecord? Article(string id);

    /// <summary>Every article, in stream order (streamed, not loaded whole).</summary>
    IEnumerable<ArticleRecord> ExportArticles();

    IEnumerable<EventRecord> ExportEvents();

    IEnumerable<StorylineRecord> ExportStorylines();
}
