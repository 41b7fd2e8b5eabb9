using Marsad.Pipeline;
using Marsad.Stories;
using Marsad.Tests.Support;

namespace Marsad.Tests.Stories;

public sealed class StoryBuilderTests
{
    private static Dictionary<string, ArticlePlacement> PlaceAll(IEnumerable<AnalyzedArticle> articles, StoryBuilder? builder = null)
    {
        builder ??= new StoryBuilder(new EmptyStateSource(), StoryOptions.Default);
        return articles.OrderBy(a => a.Article.StreamTime)
            .Select(a => builder.Place(a, a.Article.StreamTime ?? new DateTime(2021, 7, 18)))
            .ToDictionary(p => p.ArticleId);
    }

    private static readonly List<AnalyzedArticle> Excerpt = TestArticles.SaudiNewsNetExcerpt();

    private static IEnumerable<string> Titled(string words) =>
        Excerpt.Where(a => a.Article.Title.Contains(words, StringComparison.Ordinal)).Select(a => a.Article.Id);

    [Fact]
    public void Several_outlets_reporting_one_happening_become_one_event()
    {
        var placed = PlaceAll(Excerpt);
        var rescue = Titled("178").Select(id => placed[id].EventId).Distinct();
        Assert.Single(rescue);
        var fishermen = Titled("صياد").Select(id => placed[id].EventId).Distinct();
        Assert.Single(fishermen);
        var suezTrial = Excerpt.Where(a => a.Article.Title.Contains("سفن", StringComparison.Ordinal) || a.Article.Title.Contains("التشغيل", StringComparison.Ordinal) || a.Article.Title.Contains("تجارب", StringComparison.Ordinal))
            .Select(a => placed[a.Article.Id].EventId).ToList();
        var largest = suezTrial.GroupBy(e => e).Max(g => g.Count());
        Assert.True(largest >= suezTrial.Count - 1, $"the canal's first trial split into {suezTrial.Distinct().Count()} events");
    }

    [Fact]
    public void Different_happenings_on_one_topic_stay_apart()
    {
        var placed = PlaceAll(Excerpt);
        var rescue = placed[Titled("178").First()].EventId;
        var fishermen = placed[Titled("صياد").First()].EventId;
        var raid = placed[Titled("هجوم انتقامي").Single()].EventId;
        var security = placed[Titled("تأهب أمني").Single()].EventId;
        var trial = placed[Titled("3 سفن").First()].EventId;
        Assert.Equal(5, new[] { rescue, fishermen, raid, security, trial }.Distinct().Count());
    }

    [Fact]
    public void A_copy_of_an_article_is_linked_to_it_and_shares_its_event()
    {
        var original = TestArticles.Analyze("wire", Seeds.Text("002"), "2020-11-18");
        var copy = TestArticles.Analyze("copy", "نقلا عن وكالات\n\n" + Seeds.Text("002").Replace("بغداد - ", "", StringComparison.Ordinal), "2020-11-18");
        var placed = PlaceAll([original, copy]);
        Assert.Equal(PlacementKind.Duplicate, placed["copy"].Kind);
        Assert.Equal("wire", placed["copy"].DuplicateOf);
        Assert.Equal(placed["wire"].EventId, placed["copy"].EventId);
    }

    [Fact]
    public void An_article_joins_only_recent_events()
    {
        var first = TestArticles.Analyze("a", Seeds.Text("002"), "2020-11-18");
        var muchLater = TestArticles.Analyze("b", Seeds.Text("002") + "\n\nوأضاف مصدر أن المحادثات مستمرة.", "2020-12-30");
        var placed = PlaceAll([first, muchLater]);
        Assert.NotEqual(placed["a"].EventId, placed["b"].EventId);
        Assert.Null(placed["b"].DuplicateOf);
    }

    [Fact]
    public void The_seeds_are_one_storyline_of_separate_events()
    {
        var placed = PlaceAll(TestArticles.Seeds());
        Assert.Single(placed.Values.Select(p => p.StorylineId).Distinct());
        Assert.Equal(3, new[] { "002", "003", "004" }.Select(p => placed[p].EventId).Distinct().Count());
    }

    [Fact]
    public void Ids_are_stable_from_run_to_run()
    {
        var first = PlaceAll(Excerpt);
        var second = PlaceAll(TestArticles.SaudiNewsNetExcerpt());
        Assert.Equal(first.Values.Select(p => (p.ArticleId, p.EventId, p.StorylineId)).Order(),
            second.Values.Select(p => (p.ArticleId, p.EventId, p.StorylineId)).Order());
    }

    [Fact]
    public void Placing_the_same_input_again_changes_nothing_and_new_text_moves_it()
    {
        var builder = new StoryBuilder(new EmptyStateSource(), StoryOptions.Default);
        var seeds = TestArticles.Seeds();
        PlaceAll(seeds, builder);
        var again = builder.Place(seeds[2], seeds[2].Article.StreamTime!.Value);
        Assert.Equal(PlacementKind.Unchanged, again.Kind);

        var rewritten = TestArticles.Analyze("002", Excerpt[^1].Article.Text, "2020-11-18");
        var moved = builder.Place(rewritten, rewritten.Article.StreamTime!.Value);
        Assert.True(moved.Updated);
        Assert.NotEqual(PlacementKind.Unchanged, moved.Kind);
        var batch = builder.TakeBatch();
        Assert.Single(batch.Articles, a => a.Analyzed.Article.Id == "002");
    }
}
