using System.Globalization;
using Marsad.Search;
using Marsad.Storage.Reading;
using Marsad.Summaries;
using Marsad.Web.Enrichment;

namespace Marsad.Web.Api;

/// <summary>Read models to API shapes, in one place.</summary>
public static class ApiMapper
{
    public static StorylineItem Map(StorylineSummary s) => new(s.Id, s.Title, s.EventCount, s.ArticleCount, s.OutletCount, s.First, s.Last);

    public static StorylineView Map(StorylineDetail detail, PageRequest page) => new(Map(detail.Summary),
        detail.Facts.Select(Map).ToList(), Page(detail.Timeline, page, Map));

    public static TimelineItem Map(TimelineEntry e) => new(e.EventId, e.Headline, e.First, e.Last, e.ArticleCount, e.Outlets);

    public static FactView Map(AgreedFact f) => new(f.Value, f.Phrase, f.Outlets, f.ArticleIds);

    public static EventView Map(EventDetail e, PageRequest page, IQuoteSource quotes) => new(
        e.Id, e.StorylineId, e.StorylineTitle, e.Headline, e.First, e.Last, e.Outlets,
        e.Summary?.Sentences.Select(s => new SentenceView(s.Text, s.ArticleId, s.Outlet)).ToList() ?? [],
        e.Summary?.Facts.Select(Map).ToList() ?? [],
        Page(e.Articles, page, Map), e.Entities.Select(Map).ToList(), quotes.EventQuotes(e));

    public static ArticleItem Map(ArticleSummary a) => new(a.Id, a.Title, a.Outlet, a.Published, a.PublishedFrom, a.DuplicateOf, a.Url);

    public static ArticleView Map(ArticleRecord a) => new(a.Id, a.Title, a.Text, a.Outlet,
        a.Published, a.PublishedFrom, a.DuplicateOf, a.EventId, a.StorylineId, a.Url, a.Author, a.Dateline, a.Agency,
        Entities(a));

    public static SearchView Map(SearchQuery query, SearchResults results, PageRequest page) => new(query.Text, results.Words,
        results.Ignored, new PageOf<SearchHitView>(results.Hits.Select(Map).ToList(), page.Page, page.Size, results.Total));

    public static SearchHitView Map(SearchHit h) => new(Map(h.Article), h.EventId, h.StorylineId, Map(h.Title), Map(h.Snippet),
        h.Match.ToString().ToLower(CultureInfo.InvariantCulture), h.Score);

    public static SnippetView Map(Snippet s) =>
        new(s.Text, s.Highlights.Select(h => new HighlightView(h.Start, h.End)).ToList(), s.CutBefore, s.CutAfter);

    public static OutletView Map(OutletSummary o) => new(o.Name, o.ArticleCount);

    public static EntityView Map(EntitySummary e) => EntityView.Of(e.Key, e.Name, e.Type);

    /// <summary>An article's entities once each, in the order it first names them.</summary>
    public static IReadOnlyList<EntityView> Entities(ArticleRecord a) =>
        a.Entities.DistinctBy(e => e.Key, StringComparer.Ordinal).Select(e => EntityView.Of(e.Key, e.Text, e.Type)).ToList();

    public static EntityPageView Map(EntityEvents d, PageRequest page) => new(Map(d.Entity), d.Entity.Articles, d.Entity.Mentions,
        new PageOf<TimelineItem>(d.Events.Select(Map).ToList(), page.Page, page.Size, d.EventTotal),
        d.Quotes.Select(q => new SaidView(q.Quote.Text, q.Quote.Direct, q.Published, q.ArticleId, q.Outlet)).ToList());

    /// <summary>One page of a list the reader gave whole.</summary>
    public static PageOf<TOut> Page<TIn, TOut>(IReadOnlyList<TIn> all, PageRequest page, Func<TIn, TOut> map) =>
        new(all.Skip(page.Offset).Take(page.Size).Select(map).ToList(), page.Page, page.Size, all.Count);
}
