using Marsad.Pipeline;
using Marsad.Storage;
using Marsad.Stories;
using Marsad.Summaries;
using Marsad.Tests.Support;

namespace Marsad.Tests.Pipeline;

public sealed class WriteBehindTests
{
    private static readonly DateTime July25 = new(2021, 7, 25, 11, 0, 0);

    /// <summary>A writer that holds each batch until the test lets it land, and remembers what landed.</summary>
    private sealed class GatedWriter : IStoryWriter
    {
        public ManualResetEventSlim Gate { get; } = new(false);

        public List<StoryBatch> Landed { get; } = [];

        public Exception? Failure { get; set; }

        public void Write(StoryBatch batch)
        {
            Gate.Wait(TimeSpan.FromSeconds(30));
            if (Failure is not null)
            {
                throw Failure;
            }
            lock (Landed)
            {
                Landed.Add(batch);
            }
        }

        public void Write(SummaryBatch batch)
        {
        }
    }

    private static StoryBatch BatchOf(string id, DateTime time)
    {
        var analyzed = TestArticles.Analyze(id, "الكاظمي يبحث مع بايدن انسحاب القوات القتالية الأميركية من العراق", "2021-07-25");
        var article = new StoredArticle(analyzed, time, "e1", null);
        var snapshot = new EventSnapshot("e1", "s1", time, time, 1, analyzed.Article.Title, []);
        return new StoryBatch([article], [snapshot], [new StorylineSnapshot("s1", time, time, 1, 1, [])], [], []);
    }

    private static int Day(DateTime time) => DateOnly.FromDateTime(time).DayNumber;

    [Fact]
    public void Reads_that_cannot_touch_the_batch_in_flight_go_on_while_it_is_written()
    {
        var writer = new GatedWriter();
        var store = new WriteBehind(new EmptyStateSource(), writer);
        store.Write(BatchOf("a", July25));

        // Another article, another event, and days a month later: nothing the batch in flight holds.
        Assert.Null(store.FindArticle("b"));
        Assert.Empty(store.LoadEvents(Day(July25) + 30, Day(July25) + 33));
        Assert.Null(store.LoadEvent("e2"));
        Assert.Empty(writer.Landed);

        writer.Gate.Set();
        store.Drain();
        Assert.Single(writer.Landed);
    }

    [Fact]
    public async Task Reads_that_could_touch_the_batch_in_flight_wait_for_it_to_land()
    {
        var reads = new List<Func<WriteBehind, object?>>
        {
            s => s.FindArticle("a"),
            s => s.LoadEvent("e1"),
            s => s.LoadStoryline("s1"),
            s => s.LoadEvents(Day(July25) - 3, Day(July25)),
            s => s.LoadFingerprints(Day(July25), Day(July25) + 3),
            s => s.LoadStorylines(Day(July25) - 60, Day(July25) + 3),
        };
        foreach (var read in reads)
        {
            var writer = new GatedWriter();
            var store = new WriteBehind(new EmptyStateSource(), writer);
            store.Write(BatchOf("a", July25));
            var reading = Task.Run(() => read(store));
            await Task.Delay(200);
            Assert.False(reading.IsCompleted, "the read did not wait for the batch in flight");
            writer.Gate.Set();
            await reading.WaitAsync(TimeSpan.FromSeconds(10));
            Assert.Single(writer.Landed);
        }
    }

    [Fact]
    public void A_failed_write_is_thrown_by_the_next_write_and_nothing_after_it_lands()
    {
        var writer = new GatedWriter { Failure = new IOException("disk full") };
        writer.Gate.Set();
        var store = new WriteBehind(new EmptyStateSource(), writer);
        store.Write(BatchOf("a", July25));

        var error = Assert.Throws<IOException>(() => store.Write(BatchOf("b", July25.AddDays(1))));
        Assert.Equal("disk full", error.Message);
        writer.Failure = null;
        store.Drain();
        Assert.Empty(writer.Landed);
    }

    [Fact]
    public async Task After_an_update_every_read_waits_for_the_batch_in_flight()
    {
        var writer = new GatedWriter();
        var store = new WriteBehind(new StoredArticleSource("old"), writer);
        Assert.NotNull(store.FindArticle("old"));
        store.Write(BatchOf("old", July25));

        // The old row of a replaced article may lie on any day: even a read far from the batch's days waits.
        var reading = Task.Run(() => store.LoadEvents(Day(July25) + 300, Day(July25) + 303));
        await Task.Delay(200);
        Assert.False(reading.IsCompleted, "the read did not wait for the batch in flight");
        writer.Gate.Set();
        await reading.WaitAsync(TimeSpan.FromSeconds(10));
    }

    /// <summary>A store holding one article, as an earlier ingest left it.</summary>
    private sealed class StoredArticleSource(string id) : IStoryStateSource
    {
        private readonly EmptyStateSource empty = new();

        public StoredArticleState? FindArticle(string wanted) =>
            wanted == id ? new StoredArticleState(id, "hash", "e0", null, Marsad.Analysis.TermVector.Empty, new Marsad.Duplicates.MinHashSignature(new uint[128], 0)) : null;

        public IEnumerable<Marsad.Duplicates.ArticleFingerprint> LoadFingerprints(int fromDay, int toDay) => empty.LoadFingerprints(fromDay, toDay);

        public IEnumerable<EventState> LoadEvents(int fromDay, int toDay) => empty.LoadEvents(fromDay, toDay);

        public EventState? LoadEvent(string wanted) => empty.LoadEvent(wanted);

        public IEnumerable<StorylineState> LoadStorylines(int fromDay, int toDay) => empty.LoadStorylines(fromDay, toDay);

        public StorylineState? LoadStoryline(string wanted) => empty.LoadStoryline(wanted);

        public IReadOnlyList<SummarySource> LoadEventSources(string eventId) => [];

        public IReadOnlyList<SummarySource> LoadStorylineSources(string storylineId, int max) => [];
    }
}
