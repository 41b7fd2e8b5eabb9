using Marsad.Articles;
using Marsad.Input;
using Marsad.Storage;
using Marsad.Storage.Sqlite;
using Marsad.Stories;
using Microsoft.Data.Sqlite;

namespace Marsad.Tests;

public sealed class SqliteStoreTests : IDisposable
{
    private readonly StoreFixture fixture = new();

    public void Dispose() => fixture.Dispose();

    [Fact]
    public void The_seeds_become_one_storyline_with_a_timeline_of_their_events()
    {
        var report = fixture.Ingest(StoreFixture.Fixture("seeds"));
        Assert.Equal((5, 5, 0), (report.Read, report.Added, report.Problems));
        var reader = fixture.Reader();
        var storyline = Assert.Single(reader.Storylines(0, 10));
        Assert.Equal(5, storyline.ArticleCount);
        var detail = reader.Storyline(storyline.Id)!;
        // EXPECTED.md: the timeline runs 002, 003, 000, 001, 004; 000 and 001 may share one event.
        var position = detail.Timeline.SelectMany((e, i) => reader.Event(e.EventId)!.Articles.Select(a => (Seed: a.Id[..3], Position: i)))
            .ToDictionary(p => p.Seed, p => p.Position);
        Assert.True(position["002"] < position["003"] && position["003"] < position["000"] && position["000"] <= position["001"]
            && position["001"] < position["004"], string.Join(", ", position.OrderBy(p => p.Value).Select(p => p.Key)));
        Assert.Equal("estimated", reader.Article("000_2eac1bb9ec8be8de")!.PublishedFrom);
        Assert.Equal(detail.Timeline.OrderBy(e => e.First).Select(e => e.EventId), detail.Timeline.Select(e => e.EventId));
    }

    [Fact]
    public void Stored_articles_come_back_with_what_extraction_found()
    {
        fixture.Ingest(StoreFixture.Fixture("seeds"));
        var article = fixture.Reader().Article("001_66720f3e99723966")!;
        Assert.Equal(("الخليج الجديد", "2021-07-25T11:02:00", "text"), (article.Outlet, article.Published, article.PublishedFrom));
        Assert.StartsWith("قال رئيس الوزراء العراقي \"مصطفى الكاظمي\"", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingesting_the_same_input_again_duplicates_nothing()
    {
        fixture.Ingest(StoreFixture.Fixture("seeds"));
        var before = fixture.Reader().Statistics();
        var again = fixture.Ingest(StoreFixture.Fixture("seeds"));
        Assert.Equal((0, 0, 5), (again.Added, again.Updated, again.Unchanged));
        Assert.Equal(before, fixture.Reader().Statistics());
    }

    [Fact]
    public void A_changed_article_is_updated_in_place()
    {
        fixture.Ingest(StoreFixture.Fixture("seeds"));
        var changed = new RawArticle("002_c4cb800c5c6b35be", "test", Text: "عنوان جديد\n\nنص جديد تماما عن موضوع آخر لا علاقة له بالعراق.", Published: "2020-11-18");
        var report = fixture.Ingest([new ArticleInput(changed)]);
        Assert.Equal((0, 1), (report.Added, report.Updated));
        var reader = fixture.Reader();
        Assert.Equal("عنوان جديد", reader.Article(changed.Id)!.Title);
        Assert.Equal(5, reader.Statistics().Articles);
    }

    [Fact]
    public void Ingesting_in_two_runs_places_articles_as_one_run_would()
    {
        var excerpt = new InputWalker([StoreFixture.Fixture("saudinewsnet-excerpt.json")]).Items().ToList();
        fixture.Ingest(excerpt);
        var once = fixture.Reader().ExportArticles().Select(a => (a.Id, a.EventId, a.StorylineId, a.DuplicateOf)).Order().ToList();

        using var second = new StoreFixture();
        second.Ingest(excerpt.Take(8));
        second.Ingest(excerpt.Skip(8));
        var twice = second.Reader().ExportArticles().Select(a => (a.Id, a.EventId, a.StorylineId, a.DuplicateOf)).Order().ToList();
        Assert.Equal(once, twice);
    }

    [Fact]
    public void A_batch_that_fails_half_way_leaves_nothing_of_itself_and_everything_before_it()
    {
        fixture.Ingest(StoreFixture.Fixture("seeds"));
        var before = fixture.Reader().Statistics();
        using (var store = SqliteStore.Open(fixture.DatabasePath))
        {
            var article = new StoredArticle(
                Support.TestArticles.Analyze("new-one", "عنوان\n\nنص خبر جديد لم يخزن من قبل.", "2021-08-01"),
                new DateTime(2021, 8, 1), "e-new", null);
            var brokenEvent = new EventSnapshot("e-new", "s-new", new DateTime(2021, 8, 1), new DateTime(2021, 8, 1), 1, null!, []);
            var batch = new StoryBatch([article], [brokenEvent], [], [], []);
            Assert.Throws<SqliteException>(() => store.Writer.Write(batch));
        }
        Assert.Null(fixture.Reader().Article("new-one"));
        Assert.Equal(before, fixture.Reader().Statistics());
    }

    [Fact]
    public void Every_article_has_an_event_and_every_event_a_storyline()
    {
        fixture.Ingest(StoreFixture.Fixture("saudinewsnet-excerpt.json"), StoreFixture.Fixture("seeds"));
        using var connection = new SqliteConnection($"Data Source={fixture.DatabasePath};Mode=ReadOnly");
        connection.Open();
        Assert.Equal(0L, Scalar(connection, "SELECT count(*) FROM articles a LEFT JOIN events e ON e.id = a.event_id WHERE e.id IS NULL"));
        Assert.Equal(0L, Scalar(connection, "SELECT count(*) FROM events e LEFT JOIN storylines s ON s.id = e.storyline_id WHERE s.id IS NULL"));
        Assert.Equal(Scalar(connection, "SELECT count(*) FROM articles"), Scalar(connection, "SELECT sum(article_count) FROM events"));
        Assert.Equal("ok", Scalar(connection, "PRAGMA integrity_check"));
    }

    [Fact]
    public void A_new_database_has_the_current_schema_version()
    {
        using (SqliteStore.Open(fixture.DatabasePath))
        {
        }
        using var connection = new SqliteConnection($"Data Source={fixture.DatabasePath}");
        connection.Open();
        Assert.Equal(SqliteSchema.CurrentVersion, SqliteSchema.ReadVersion(connection));
    }

    [Fact]
    public void A_database_from_a_newer_marsad_is_refused_clearly()
    {
        using (SqliteStore.Open(fixture.DatabasePath))
        {
        }
        using (var connection = new SqliteConnection($"Data Source={fixture.DatabasePath};Pooling=false"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE meta SET value = '99' WHERE key = 'schema_version'";
            command.ExecuteNonQuery();
        }
        var error = Assert.Throws<InvalidOperationException>(() => SqliteStore.Open(fixture.DatabasePath));
        Assert.Contains("newer Marsad", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_refused_clearly()
    {
        var path = fixture.TempFile("notes.db", "these are my notes, not a database, and they are long enough to matter.");
        var error = Assert.Throws<InvalidDataException>(() => SqliteStore.Open(path));
        Assert.Contains("not a Marsad database", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("these are my notes", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_a_missing_database_says_so_and_creates_nothing()
    {
        var path = Path.Combine(Path.GetTempPath(), "marsad-missing-" + Guid.NewGuid().ToString("N") + ".db");
        Assert.Throws<FileNotFoundException>(() => SqliteStore.OpenReader(path));
        Assert.False(File.Exists(path));
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
