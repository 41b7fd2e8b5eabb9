using Marsad.Articles;
using Marsad.Input;
using Marsad.Pipeline;
using Marsad.Storage.Sqlite;

namespace Marsad.Tests;

/// <summary>The summarizer's loads run on readers kept open between loads: they must never read an old state.</summary>
public sealed class SummarySourceLoadTests : IDisposable
{
    private const string Changed = "002_c4cb800c5c6b35be";
    private readonly StoreFixture fixture = new();

    public void Dispose() => fixture.Dispose();

    [Fact]
    public void A_kept_reader_loads_what_was_written_after_its_last_load()
    {
        fixture.Ingest(StoreFixture.Fixture("seeds"));
        using var store = SqliteStore.Open(fixture.DatabasePath);
        var before = store.StateSource.LoadEventSources(store.StateSource.FindArticle(Changed)!.EventId);

        var changed = new RawArticle(Changed, "test", Text: "عنوان جديد\n\nنص جديد تماما عن موضوع آخر لا علاقة له بالعراق.", Published: "2020-11-18");
        new IngestPipeline(store.StateSource, store.Writer, new IngestOptions()).Run([new ArticleInput(changed)]);
        var after = store.StateSource.LoadEventSources(store.StateSource.FindArticle(Changed)!.EventId);

        Assert.Contains(before, s => s.ArticleId == Changed && !s.Text.Contains("نص جديد", StringComparison.Ordinal));
        Assert.Contains(after, s => s.ArticleId == Changed && s.Text.StartsWith("نص جديد", StringComparison.Ordinal));
    }

    [Fact]
    public void Loads_on_many_threads_at_once_each_get_their_own_event()
    {
        fixture.Ingest(StoreFixture.Fixture("seeds"));
        using var store = SqliteStore.Open(fixture.DatabasePath);
        var ids = new[] { "000_2eac1bb9ec8be8de", "001_66720f3e99723966", Changed };
        var events = ids.ToDictionary(id => id, id => store.StateSource.FindArticle(id)!.EventId);

        var loaded = Enumerable.Range(0, 60).AsParallel().WithDegreeOfParallelism(4)
            .Select(i => ids[i % ids.Length])
            .Select(id => (Id: id, Sources: store.StateSource.LoadEventSources(events[id])))
            .ToList();

        Assert.All(loaded, l => Assert.Contains(l.Sources, s => s.ArticleId == l.Id));
    }
}
