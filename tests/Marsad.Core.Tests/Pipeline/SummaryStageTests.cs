using Marsad.Pipeline;
using Marsad.Storage;
using Marsad.Summaries;
using Marsad.Tests.Support;

namespace Marsad.Tests.Pipeline;

public sealed class SummaryStageTests
{
    /// <summary>The SaudiNewsNet excerpt, one event per outlet and one storyline per day: sources enough to spread over threads.</summary>
    private static readonly List<SummarySource> Excerpt = TestArticles.SaudiNewsNetExcerpt()
        .Select(a => new SummarySource(a.Article.Id, a.Article.Outlet, a.Article.StreamTime!.Value, a.Article.Title, a.Article.Text, false))
        .ToList();

    private class ExcerptSource : EmptyStateSource
    {
        public override IReadOnlyList<SummarySource> LoadEventSources(string eventId) =>
            Excerpt.Where(s => "e-" + s.Outlet == eventId).ToList();

        public override IReadOnlyList<SummarySource> LoadStorylineSources(string storylineId, int max) =>
            Excerpt.Where(s => "s-" + s.Time.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) == storylineId)
                .OrderByDescending(s => s.Time).Take(max).ToList();
    }

    /// <summary>Remembers every batch in the order they landed; can be made to fail.</summary>
    private sealed class RecordingWriter : IStoryWriter
    {
        public List<SummaryBatch> Landed { get; } = [];

        public bool Fail { get; init; }

        public void Write(StoryBatch batch) => throw new InvalidOperationException("the summary stage writes summaries only");

        public void Write(SummaryBatch batch)
        {
            if (Fail)
            {
                throw new IOException("disk full");
            }
            lock (Landed)
            {
                Landed.Add(batch);
            }
        }
    }

    private static List<string> EventIds => Excerpt.Select(s => "e-" + s.Outlet).Distinct().ToList();

    /// <summary>The excerpt's storylines with how many articles each holds, as the pipeline hands them over.</summary>
    private static Dictionary<string, int> StorylineIds =>
        Excerpt.GroupBy(s => "s-" + s.Time.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            .ToDictionary(g => g.Key, g => g.Count());

    [Fact]
    public void Summaries_made_on_several_threads_are_those_made_one_by_one()
    {
        var source = new ExcerptSource();
        var writer = new RecordingWriter();
        new SummaryStage(source, writer, new IngestOptions { Parallelism = 4, BatchSize = 2 })
            .Run(EventIds, StorylineIds, CancellationToken.None);

        var events = writer.Landed.SelectMany(b => b.Events).ToDictionary(e => e.EventId, e => e.Summary);
        Assert.Equal(EventIds.Order(StringComparer.Ordinal), events.Keys.Order(StringComparer.Ordinal));
        foreach (var id in EventIds)
        {
            var alone = EventSummarizer.Summarize(source.LoadEventSources(id));
            Assert.Equal(alone.Headline, events[id].Headline);
            Assert.Equal(alone.Sentences, events[id].Sentences);
            Assert.Equal(Describe(alone.Facts), Describe(events[id].Facts));
        }
        var storylines = writer.Landed.SelectMany(b => b.Storylines).ToDictionary(s => s.StorylineId, s => s.Facts);
        Assert.Equal(StorylineIds.Keys.Order(StringComparer.Ordinal), storylines.Keys.Order(StringComparer.Ordinal));
        foreach (var id in StorylineIds.Keys)
        {
            Assert.Equal(Describe(AgreedFactFinder.Find(source.LoadStorylineSources(id, 300))), Describe(storylines[id]));
        }
    }

    [Fact]
    public void Every_event_summary_lands_before_any_storyline_facts_and_batches_keep_their_size()
    {
        var writer = new RecordingWriter();
        new SummaryStage(new ExcerptSource(), writer, new IngestOptions { Parallelism = 4, BatchSize = 2 })
            .Run(EventIds, StorylineIds, CancellationToken.None);

        var firstStorylines = writer.Landed.FindIndex(b => b.Storylines.Count > 0);
        Assert.True(firstStorylines > 0);
        Assert.All(writer.Landed.Take(firstStorylines), b => Assert.Empty(b.Storylines));
        Assert.All(writer.Landed.Skip(firstStorylines), b => Assert.Empty(b.Events));
        Assert.All(writer.Landed, b => Assert.InRange(b.Events.Count + b.Storylines.Count, 1, 2));
    }

    [Fact]
    public void A_storyline_of_one_article_gets_no_facts_without_its_sources_being_read()
    {
        var source = new CountingSource();
        var writer = new RecordingWriter();
        var storylines = StorylineIds;
        var single = storylines.Keys.Order(StringComparer.Ordinal).First();
        storylines[single] = 1;
        new SummaryStage(source, writer, new IngestOptions { BatchSize = 2 }).Run([], storylines, CancellationToken.None);

        Assert.DoesNotContain(single, source.Loaded);
        Assert.Equal(storylines.Where(s => s.Value >= 2).Select(s => s.Key).Order(StringComparer.Ordinal),
            source.Loaded.Order(StringComparer.Ordinal));
        Assert.NotEmpty(source.Loaded);
        Assert.Empty(writer.Landed.SelectMany(b => b.Storylines).Single(s => s.StorylineId == single).Facts);
    }

    private sealed class CountingSource : ExcerptSource
    {
        public List<string> Loaded { get; } = [];

        public override IReadOnlyList<SummarySource> LoadStorylineSources(string storylineId, int max)
        {
            lock (Loaded)
            {
                Loaded.Add(storylineId);
            }
            return base.LoadStorylineSources(storylineId, max);
        }
    }

    [Fact]
    public void A_failed_write_is_thrown_by_the_stage()
    {
        var stage = new SummaryStage(new ExcerptSource(), new RecordingWriter { Fail = true }, new IngestOptions { BatchSize = 2 });
        Assert.Throws<IOException>(() => stage.Run(EventIds, StorylineIds, CancellationToken.None));
    }

    private static List<string> Describe(IReadOnlyList<AgreedFact> facts) =>
        facts.Select(f => $"{f.Value} {f.Phrase} {string.Join(",", f.Outlets)} {string.Join(",", f.ArticleIds)}").ToList();
}
