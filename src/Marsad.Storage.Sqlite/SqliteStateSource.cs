using System.Collections.Concurrent;
using Marsad.Analysis;
using Marsad.Duplicates;
using Marsad.Stories;
using Marsad.Summaries;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Sqlite;

/// <summary>
/// Loads windows of stored stream state back into the core's working memory. The per-article look-up runs once
/// for every article ingested, so its statement is prepared once and reused.
/// </summary>
/// <remarks>
/// The summarizer's loads (<see cref="LoadEventSources"/>, <see cref="LoadStorylineSources"/>) each run on a reader
/// with a connection of its own (<paramref name="readConnectionString"/>), so that they can run on every core at once;
/// readers are kept for the next loads until the source is disposed.
/// </remarks>
internal sealed class SqliteStateSource(SqliteConnection connection, string readConnectionString) : IStoryStateSource, IDisposable
{
    private SqliteCommand? findArticle;
    private SqliteCommand? eventMembers;
    private readonly ConcurrentBag<SqliteSourceReader> readers = [];

    public void Dispose()
    {
        findArticle?.Dispose();
        eventMembers?.Dispose();
        while (readers.TryTake(out var reader))
        {
            reader.Dispose();
        }
    }

    public StoredArticleState? FindArticle(string id)
    {
        findArticle ??= Prepared("SELECT id, input_hash, event_id, duplicate_of, vector, signature FROM articles WHERE id = $id", "$id");
        findArticle.Parameters[0].Value = id;
        using var reader = findArticle.ExecuteReader();
        return reader.Read()
            ? new StoredArticleState(reader.GetString(0), reader.GetString(1), reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                BlobCodec.DecodeVector((byte[])reader[4]), BlobCodec.DecodeSignature((byte[])reader[5]))
            : null;
    }

    public IEnumerable<ArticleFingerprint> LoadFingerprints(int fromDay, int toDay)
    {
        using var command = Command(
            "SELECT id, coalesce(duplicate_of, id), event_id, signature, text_key, stream_day FROM articles " +
            "WHERE stream_day BETWEEN $from AND $to", ("$from", fromDay), ("$to", toDay));
        using var reader = command.ExecuteReader();
        var found = new List<ArticleFingerprint>();
        while (reader.Read())
        {
            found.Add(new ArticleFingerprint(reader.GetString(0), reader.GetString(1), reader.GetString(2),
                BlobCodec.DecodeSignature((byte[])reader[3]), unchecked((ulong)reader.GetInt64(4)), reader.GetInt32(5)));
        }
        return found;
    }

    public IEnumerable<EventState> LoadEvents(int fromDay, int toDay) =>
        ReadEvents("WHERE last_day >= $from AND first_day <= $to", ("$from", fromDay), ("$to", toDay));

    public EventState? LoadEvent(string id) => ReadEvents("WHERE id = $id", ("$id", id)).FirstOrDefault();

    public IEnumerable<StorylineState> LoadStorylines(int fromDay, int toDay) =>
        ReadStorylines("WHERE last_day BETWEEN $from AND $to", ("$from", fromDay), ("$to", toDay));

    public StorylineState? LoadStoryline(string id) => ReadStorylines("WHERE id = $id", ("$id", id)).FirstOrDefault();

    private List<EventState> ReadEvents(string where, params (string, object)[] parameters)
    {
        using var command = Command(
            $"SELECT id, storyline_id, first_time, last_time, article_count, title, centroid FROM events {where}", parameters);
        using var reader = command.ExecuteReader();
        var found = new List<EventState>();
        while (reader.Read())
        {
            var item = new EventState(reader.GetString(0), reader.GetString(1))
            {
                First = SqliteTime.Read(reader.GetString(2)),
                Last = SqliteTime.Read(reader.GetString(3)),
                ArticleCount = reader.GetInt32(4),
                Title = reader.GetString(5),
                Centroid = Sum((byte[])reader[6]),
            };
            found.Add(item);
        }
        reader.Close();
        foreach (var item in found)
        {
            item.Members.AddRange(Members(item.Id));
        }
        return found;
    }

    /// <summary>The vectors of an event's latest canonical articles, oldest first, as the event remembers them.</summary>
    private List<TermVector> Members(string eventId)
    {
        eventMembers ??= Prepared(
            $"SELECT vector FROM articles WHERE event_id = $id AND duplicate_of IS NULL ORDER BY stream_time DESC, id DESC LIMIT {EventState.MaxMembers}", "$id");
        eventMembers.Parameters[0].Value = eventId;
        var vectors = new List<TermVector>();
        using (var reader = eventMembers.ExecuteReader())
        {
            while (reader.Read())
            {
                vectors.Add(BlobCodec.DecodeVector((byte[])reader[0]));
            }
        }
        vectors.Reverse();
        return vectors;
    }

    public IReadOnlyList<SummarySource> LoadEventSources(string eventId) => WithReader(reader => reader.EventSources(eventId));

    public IReadOnlyList<SummarySource> LoadStorylineSources(string storylineId, int max) =>
        WithReader(reader => reader.StorylineSources(storylineId, max));

    /// <summary>Runs a load on a reader no other thread is using, made when none is free and kept for the next loads.</summary>
    private List<SummarySource> WithReader(Func<SqliteSourceReader, List<SummarySource>> load)
    {
        var reader = readers.TryTake(out var free) ? free : new SqliteSourceReader(readConnectionString);
        try
        {
            return load(reader);
        }
        finally
        {
            readers.Add(reader);
        }
    }

    private List<StorylineState> ReadStorylines(string where, params (string, object)[] parameters)
    {
        using var command = Command(
            $"SELECT id, first_time, last_time, event_count, article_count, profile FROM storylines {where}", parameters);
        using var reader = command.ExecuteReader();
        var found = new List<StorylineState>();
        while (reader.Read())
        {
            found.Add(new StorylineState(reader.GetString(0))
            {
                First = SqliteTime.Read(reader.GetString(1)),
                Last = SqliteTime.Read(reader.GetString(2)),
                EventCount = reader.GetInt32(3),
                ArticleCount = reader.GetInt32(4),
                Profile = Sum((byte[])reader[5]),
            });
        }
        return found;
    }

    private static SparseSum Sum(byte[] blob) => new(BlobCodec.DecodeWeights(blob));

    private SqliteCommand Prepared(string sql, string parameter)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add(parameter, SqliteType.Text);
        command.Prepare();
        return command;
    }

    private SqliteCommand Command(string sql, params (string Name, object Value)[] parameters)
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
