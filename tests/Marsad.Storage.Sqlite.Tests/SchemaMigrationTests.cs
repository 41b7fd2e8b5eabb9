using Marsad.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Marsad.Tests;

public sealed class SchemaMigrationTests : IDisposable
{
    private readonly StoreFixture fixture = new();

    public void Dispose() => fixture.Dispose();

    [Fact]
    public void A_version_1_database_is_upgraded_in_place_keeping_its_articles()
    {
        using (var connection = new SqliteConnection($"Data Source={fixture.DatabasePath};Pooling=false"))
        {
            connection.Open();
            SqliteSchema.Migrate(connection, 1);
            Assert.Equal(1, SqliteSchema.ReadVersion(connection));
            using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO storylines VALUES ('s1', '2021-07-25T00:00:00', '2021-07-25T00:00:00', 738000, 1, 1, 'قصة', x'00000000');
                INSERT INTO events VALUES ('e1', 's1', '2021-07-25T00:00:00', '2021-07-25T00:00:00', 738000, 738000, 1, 'حدث', x'00000000');
                INSERT INTO articles (id, title, text, published_from, stream_time, stream_day, event_id, input_hash, text_key, vector, signature, ingested_at)
                VALUES ('old', 'عنوان', 'نص قديم', 'none', '2021-07-25T00:00:00', 738000, 'e1', 'h', 1, x'00000000', x'00000000', '2021-07-25T00:00:00');
                """;
            insert.ExecuteNonQuery();
        }
        using (SqliteStore.Open(fixture.DatabasePath))
        {
        }
        var article = fixture.Reader().Article("old")!;
        Assert.Equal("نص قديم", article.Text);
        Assert.Empty(article.Dates);
    }

    [Fact]
    public void Dates_found_at_ingest_come_back_with_offsets_into_the_text()
    {
        fixture.Ingest(StoreFixture.Fixture("seeds"));
        var article = fixture.Reader().Article("002_c4cb800c5c6b35be")!;
        var tuesday = article.Dates.First(d => d.Text == "الثلاثاء");
        Assert.Equal("2020-11-17", tuesday.Value);
        Assert.Equal("الثلاثاء", article.Text[tuesday.Start..tuesday.End]);
    }
}
