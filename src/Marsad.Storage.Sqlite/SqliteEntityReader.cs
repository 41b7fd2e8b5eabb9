using Marsad.Storage.Reading;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Sqlite;

/// <summary>
/// One entity and its events, from <c>article_entities</c> (by its key index): the name and type shown are those
/// used in the most mentions. A read-only connection per call, like <see cref="SqliteStoryReader"/>.
/// </summary>
internal sealed class SqliteEntityReader(string connectionString) : IEntityReader
{
    public EntityEvents? Entity(string key, int offset, int limit)
    {
        using var connection = SqliteRows.Open(connectionString);
        var entity = SqliteRows.Query(connection, $"""
            SELECT {EntitySummaryRows.Columns} FROM article_entities x WHERE x.key = $key GROUP BY x.key
            """, EntitySummaryRows.Read, ("$key", key)).SingleOrDefault();
        if (entity is null)
        {
            return null;
        }
        const string Events = """
            SELECT DISTINCT a.event_id FROM article_entities x JOIN articles a ON a.id = x.article_id WHERE x.key = $key
            """;
        var total = SqliteRows.Query(connection, $"SELECT count(*) FROM ({Events})", r => r.GetInt32(0), ("$key", key)).Single();
        var events = SqliteRows.Query(connection, $"""
            SELECT e.id, e.first_time, e.last_time, e.title, e.article_count FROM events e
            WHERE e.id IN ({Events}) ORDER BY e.last_time DESC, e.id LIMIT $limit OFFSET $offset
            """, r => new TimelineEntry(r.GetString(0), SqliteTime.Read(r.GetString(1)), SqliteTime.Read(r.GetString(2)),
                r.GetString(3), r.GetInt32(4), []), ("$key", key), ("$limit", limit), ("$offset", offset));
        return new EntityEvents(entity, events, total) { Quotes = SpokenBy(connection, key) };
    }

    /// <summary>How many of the entity's latest articles are read for its quotations, and how many are shown.</summary>
    private const int QuoteArticles = 300;
    private const int QuoteCount = 30;

    /// <summary>
    /// The entity's own words: quotations whose speaker has its key, in its latest articles (copies left out).
    /// Bounded, so a name in thousands of articles costs the same as one in a few hundred.
    /// </summary>
    private static List<EventQuote> SpokenBy(SqliteConnection connection, string key) => SqliteRows.Query(connection, """
        SELECT a.id, a.outlet, a.published, a.text, a.annotations
        FROM article_entities x JOIN articles a ON a.id = x.article_id
        WHERE x.key = $key AND a.duplicate_of IS NULL ORDER BY a.stream_time DESC, a.id LIMIT $limit
        """, r => (Id: r.GetString(0), Outlet: r.NullableString(1), Published: r.NullableString(2),
            Quotes: AnnotationsJson.Read(r.GetString(4), r.GetString(3)).Quotes), ("$key", key), ("$limit", QuoteArticles))
        .SelectMany(a => a.Quotes.Where(q => q.SpeakerKey == key).Select(q => new EventQuote(a.Id, a.Outlet, q, a.Published)))
        .Take(QuoteCount)
        .ToList();
}
