using Marsad.Web.Enrichment;

namespace Marsad.Web.Api;

// The API's shapes: what /api answers, apart from the read models so that either can change without the other.
// Mapped from the read models in ApiMapper and nowhere else. Dates are ISO 8601; ids are the store's.

/// <summary>One page of a list, with the total across all pages.</summary>
public sealed record PageOf<T>(IReadOnlyList<T> Items, int Page, int Size, int Total);

public sealed record StorylineItem(string Id, string Title, int Events, int Articles, int Outlets, DateTime First, DateTime Last);

public sealed record StorylineView(StorylineItem Storyline, IReadOnlyList<FactView> Facts, PageOf<TimelineItem> Timeline);

public sealed record TimelineItem(string EventId, string Headline, DateTime First, DateTime Last, int Articles, IReadOnlyList<string> Outlets);

/// <summary>A number several outlets agree on, with what it counts.</summary>
public sealed record FactView(long Value, string Phrase, IReadOnlyList<string> Outlets, IReadOnlyList<string> ArticleIds);

public sealed record SentenceView(string Text, string ArticleId, string? Outlet);

public sealed record EventView(
    string Id, string StorylineId, string StorylineTitle, string Headline, DateTime First, DateTime Last,
    IReadOnlyList<string> Outlets, IReadOnlyList<SentenceView> Summary, IReadOnlyList<FactView> Facts,
    PageOf<ArticleItem> Articles, IReadOnlyList<EntityView> Entities, IReadOnlyList<QuoteView> Quotes);

/// <param name="DuplicateOf">The article this one is a copy of (an agency wire republished), if it is one.</param>
public sealed record ArticleItem(string Id, string Title, string? Outlet, string? Published, string PublishedFrom, string? DuplicateOf, string? Url);

public sealed record ArticleView(
    string Id, string Title, string Text, string? Outlet, string? Published, string PublishedFrom, string? DuplicateOf,
    string EventId, string StorylineId, string? Url, string? Author, string? Dateline, string? Agency, IReadOnlyList<EntityView> Entities);

/// <summary>Part of a display text, with the matching words as [start, end) offsets into it.</summary>
public sealed record SnippetView(string Text, IReadOnlyList<HighlightView> Highlights, bool CutBefore, bool CutAfter);

public sealed record HighlightView(int Start, int End);

/// <param name="Match">exact (every word as written, up to folding) or variant (some only as a spelling variant).</param>
public sealed record SearchHitView(
    ArticleItem Article, string EventId, string StorylineId, SnippetView Title, SnippetView Snippet, string Match, double Score);

public sealed record SearchView(string? Query, IReadOnlyList<string> Words, IReadOnlyList<string> Ignored, PageOf<SearchHitView> Hits);

public sealed record OutletView(string Name, int Articles);

/// <param name="Articles">How many articles name it.</param>
/// <param name="Mentions">How many times they name it in all.</param>
public sealed record EntityPageView(EntityView Entity, int Articles, int Mentions, PageOf<TimelineItem> Events, IReadOnlyList<SaidView> Said);

/// <summary>Something an entity said: the words (direct: its own), when and where it was reported.</summary>
public sealed record SaidView(string Text, bool Direct, string? Published, string ArticleId, string? Outlet);
