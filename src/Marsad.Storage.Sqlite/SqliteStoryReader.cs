using Marsad.Storage.Reading;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Sqlite;

/// <summary>
/// The read side for hosts: one pooled, read-only connection per call, so any number of threads (web requests)
/// can read while an ingest writes. Storage rows become read models here and nowhere else.
/// </summary>
internal sealed class SqliteStoryReader(string connectionString) : IStoryReader
{
    private const string ArticleColumns = """
        a.id, a.title, a.text, a.outlet, a.published, a.published_from, a.duplicate_of, a.event_id, e.storyline_id,
        a.url, a.author, a.dateline, a.agency, a.annotations
        """;

    public StoreStatistics Statistics()
    {
        using var connection = Open();
        return Query(connection, """
            SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL),
                   (SELECT count(*) FROM events), (SELECT count(*) FROM storylines),
                   (SELECT count(DISTINCT outlet) FROM articles)
            """, r => new StoreStatistics(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4))).Single();
    }

    public IReadOnlyList<StorylineSummary> Storylines(int offset, int limit)
    {
        using var connection = Open();
        return Query(connection, $"""
            SELECT {SummaryColumns} FROM storylines s ORDER BY s.last_time DESC, s.id LIMIT $limit OFFSET $offset
            """, ReadSummary, ("$limit", limit), ("$offset", offset));
    }

    public StorylineDetail? Storyline(string id)
    {
        using var connection = Open();
        var summary = Query(connection, $"SELECT {SummaryColumns} FROM storylines s WHERE s.id = $id", ReadSummary, ("$id", id))
            .SingleOrDefault();
        if (summary is null)
        {
            return null;
        }
        var timeline = Query(connection, """
            SELECT id, first_time, last_time, title, article_count FROM events WHERE storyline_id = $id ORDER BY first_time, id
            """, r => new TimelineEntry(r.GetString(0), SqliteTime.Read(r.GetString(1)), SqliteTime.Read(r.GetString(2)),
                r.GetString(3), r.GetInt32(4), []), ("$id", id));
        var facts = Query(connection, "SELECT facts FROM storylines WHERE id = $id", r => SummaryJson.ReadFacts(r.GetString(0)), ("$id", id)).Single();
        return new StorylineDetail(summary, timeline.Select(e => e with { Outlets = Outlets(connection, e.EventId) }).ToList(), facts);
    }

    public EventDetail? Event(string id)
    {
        using var connection = Open();
        var found = Query(connection, """
            SELECT e.id, e.storyline_id, coalesce(s.title, ''), e.title, e.first_time, e.last_time, e.summary
            FROM events e LEFT JOIN storylines s ON s.id = e.storyline_id WHERE e.id = $id
            """, r => new EventDetail(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3),
                SqliteTime.Read(r.GetString(4)), SqliteTime.Read(r.GetString(5)), [], [], SummaryJson.ReadSummary(r.GetString(6))),
            ("$id", id)).SingleOrDefault();
        if (found is null)
        {
            return null;
        }
        var articles = Query(connection, """
            SELECT id, title, outlet, published, published_from, duplicate_of, url FROM articles
            WHERE event_id = $id ORDER BY stream_time, id
            """, r => new ArticleSummary(r.GetString(0), r.GetString(1), NullableString(r, 2), NullableString(r, 3),
                r.GetString(4), NullableString(r, 5), NullableString(r, 6)), ("$id", id));
        return found with { Outlets = Outlets(connection, id), Articles = articles, Entities = EventEntities(connection, id),
            Quotes = EventQuotes(connection, id) };
    }

    public ArticleRecord? Article(string id)
    {
        using var connection = Open();
        return Query(connection, $"SELECT {ArticleColumns} FROM articles a JOIN events e ON e.id = a.event_id WHERE a.id = $id",
            ReadArticle, ("$id", id)).SingleOrDefault();
    }

    public IEnumerable<ArticleRecord> ExportArticles()
    {
        using var connection = Open();
        using var command = Command(connection,
            $"SELECT {ArticleColumns} FROM articles a JOIN events e ON e.id = a.event_id ORDER BY a.stream_time, a.id");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return ReadArticle(reader);
        }
    }

    public IEnumerable<EventRecord> ExportEvents()
    {
        using var connection = Open();
        var events = Query(connection, "SELECT id, storyline_id, title, summary FROM events ORDER BY first_time, id",
            r => (Id: r.GetString(0), Storyline: r.GetString(1), Title: r.GetString(2), Summary: r.GetString(3)));
        foreach (var (id, storyline, title, summary) in events)
        {
            var articles = Query(connection,
                "SELECT id, outlet, published FROM articles WHERE event_id = $id ORDER BY stream_time, id",
                r => (Id: r.GetString(0), Outlet: NullableString(r, 1), Published: NullableString(r, 2)), ("$id", id));
            var published = articles.Select(a => a.Published).OfType<string>().Order(StringComparer.Ordinal).ToList();
            yield return new EventRecord(id, storyline, title, articles.Select(a => a.Id).ToList(),
                articles.Select(a => a.Outlet).OfType<string>().Distinct().ToList(),
                published.FirstOrDefault(), published.LastOrDefault(), SummaryJson.ReadSummary(summary));
        }
    }

    public IEnumerable<StorylineRecord> ExportStorylines()
    {
        using var connection = Open();
        var storylines = Query(connection, "SELECT id, title, facts FROM storylines ORDER BY first_time, id",
            r => (Id: r.GetString(0), Title: r.GetString(1), Facts: r.GetString(2)));
        foreach (var (id, title, facts) in storylines)
        {
            var events = Query(connection, "SELECT id FROM events WHERE storyline_id = $id ORDER BY first_time, id",
                r => r.GetString(0), ("$id", id));
            yield return new StorylineRecord(id, title, events, SummaryJson.ReadFacts(facts));
        }
    }

    private const string SummaryColumns = """
        s.id, s.title, s.event_count, s.article_count,
        (SELECT count(DISTINCT a.outlet) FROM events e JOIN articles a ON a.event_id = e.id WHERE e.storyline_id = s.id),
        s.first_time, s.last_time
        """;

    private static StorylineSummary ReadSummary(SqliteDataReader r) => new(r.GetString(0), r.GetString(1), r.GetInt32(2),
        r.GetInt32(3), r.GetInt32(4), SqliteTime.Read(r.GetString(5)), SqliteTime.Read(r.GetString(6)));

    private static ArticleRecord ReadArticle(SqliteDataReader r)
    {
        var (dates, entities, quotes) = AnnotationsJson.Read(r.GetString(13), r.GetString(2));
        return new ArticleRecord(r.GetString(0), r.GetString(1), r.GetString(2),
            NullableString(r, 3), NullableString(r, 4), r.GetString(5), NullableString(r, 6), r.GetString(7), r.GetString(8),
            NullableString(r, 9), NullableString(r, 10), NullableString(r, 11), NullableString(r, 12), dates)
        {
            Entities = entities,
            Quotes = quotes,
        };
    }

    /// <summary>The quotations of an event's articles; a copy says nothing its original does not.</summary>
    private static List<EventQuote> EventQuotes(SqliteConnection connection, string eventId) => Query(connection, """
        SELECT id, outlet, text, annotations FROM articles WHERE event_id = $id AND duplicate_of IS NULL ORDER BY stream_time, id
        """, r => (Id: r.GetString(0), Outlet: NullableString(r, 1), Quotes: AnnotationsJson.Read(r.GetString(3), r.GetString(2)).Quotes),
        ("$id", eventId)).SelectMany(a => a.Quotes.Select(q => new EventQuote(a.Id, a.Outlet, q))).ToList();

    /// <summary>The entities an event's articles name, the most widely named first.</summary>
    private static List<EntitySummary> EventEntities(SqliteConnection connection, string eventId) => Query(connection, $"""
        SELECT {EntitySummaryRows.Columns}
        FROM article_entities x JOIN articles a ON a.id = x.article_id
        WHERE a.event_id = $id GROUP BY x.key ORDER BY count(*) DESC, sum(x.mentions) DESC, x.key
        """, EntitySummaryRows.Read, ("$id", eventId));

    private static List<string> Outlets(SqliteConnection connection, string eventId) => Query(connection,
        "SELECT DISTINCT outlet FROM articles WHERE event_id = $id AND outlet IS NOT NULL ORDER BY outlet",
        r => r.GetString(0), ("$id", eventId));

    private static string? NullableString(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        return connection;
    }

    private static List<T> Query<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> read,
        params (string Name, object Value)[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }
        return rows;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        return command;
    }
}
