using Marsad.Entities;
using Marsad.Articles;
using Marsad.Search;
using Marsad.Stories;
using Marsad.Text;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Sqlite;

/// <summary>
/// Writes each <see cref="StoryBatch"/> in one transaction with prepared statements: all of it lands, or (after
/// a crash or an error) none of it does, and what earlier batches committed stays.
/// </summary>
internal sealed class SqliteStoryWriter(SqliteConnection connection) : IStoryWriter
{
    private const string UpsertArticle = """
        INSERT INTO articles (id, title, text, outlet, url, author, dateline, agency, published, published_from, fetched,
            stream_time, stream_day, event_id, duplicate_of, input_hash, text_key, vector, signature, origin, ingested_at, annotations)
        VALUES ($id, $title, $text, $outlet, $url, $author, $dateline, $agency, $published, $published_from, $fetched,
            $stream_time, $stream_day, $event_id, $duplicate_of, $input_hash, $text_key, $vector, $signature, $origin, $ingested_at, $annotations)
        ON CONFLICT (id) DO UPDATE SET title = excluded.title, text = excluded.text, outlet = excluded.outlet,
            url = excluded.url, author = excluded.author, dateline = excluded.dateline, agency = excluded.agency,
            published = excluded.published, published_from = excluded.published_from, fetched = excluded.fetched,
            stream_time = excluded.stream_time, stream_day = excluded.stream_day, event_id = excluded.event_id,
            duplicate_of = excluded.duplicate_of, input_hash = excluded.input_hash, text_key = excluded.text_key,
            vector = excluded.vector, signature = excluded.signature, origin = excluded.origin,
            ingested_at = excluded.ingested_at, annotations = excluded.annotations
        """;

    private const string UpsertEvent = """
        INSERT INTO events (id, storyline_id, first_time, last_time, first_day, last_day, article_count, title, centroid)
        VALUES ($id, $storyline_id, $first_time, $last_time, $first_day, $last_day, $article_count, $title, $centroid)
        ON CONFLICT (id) DO UPDATE SET storyline_id = excluded.storyline_id, first_time = excluded.first_time,
            last_time = excluded.last_time, first_day = excluded.first_day, last_day = excluded.last_day,
            article_count = excluded.article_count, title = excluded.title, centroid = excluded.centroid
        """;

    private const string UpsertStoryline = """
        INSERT INTO storylines (id, first_time, last_time, last_day, event_count, article_count, profile)
        VALUES ($id, $first_time, $last_time, $last_day, $event_count, $article_count, $profile)
        ON CONFLICT (id) DO UPDATE SET first_time = excluded.first_time, last_time = excluded.last_time,
            last_day = excluded.last_day, event_count = excluded.event_count, article_count = excluded.article_count,
            profile = excluded.profile
        """;

    /// <summary>A storyline is titled by its largest event (the latest among equals).</summary>
    private const string RetitleStoryline = """
        UPDATE storylines SET title = coalesce((SELECT title FROM events WHERE storyline_id = $id
            ORDER BY article_count DESC, last_time DESC LIMIT 1), '') WHERE id = $id
        """;

    public void Write(StoryBatch batch)
    {
        using var transaction = connection.BeginTransaction();
        var now = SqliteTime.Write(DateTime.UtcNow);
        using (var command = Prepare(UpsertArticle, transaction))
        {
            foreach (var stored in batch.Articles)
            {
                BindArticle(command, stored, now);
                command.ExecuteNonQuery();
            }
        }
        WriteEntities(batch.Articles, transaction);
        SqliteSearchIndex.Write(connection, transaction, batch.Articles.Select(a => (a.Analyzed.Article.Id,
            a.Analyzed.Search ?? SearchDocument.Build(a.Analyzed.Article.Title, a.Analyzed.Article.Text, MatchKeyAnalyzer.Default))));
        using (var command = Prepare(UpsertEvent, transaction))
        {
            foreach (var item in batch.Events)
            {
                BindEvent(command, item);
                command.ExecuteNonQuery();
            }
        }
        using (var command = Prepare(UpsertStoryline, transaction))
        {
            foreach (var item in batch.Storylines)
            {
                BindStoryline(command, item);
                command.ExecuteNonQuery();
            }
        }
        DeleteAll("DELETE FROM events WHERE id = $id", batch.DeletedEvents, transaction);
        DeleteAll("DELETE FROM storylines WHERE id = $id", batch.DeletedStorylines, transaction);
        DeleteAll(RetitleStoryline, batch.Storylines.Select(s => s.Id), transaction);
        transaction.Commit();
    }

    /// <summary>Summaries replace the headline chosen at clustering time with the most representative one.</summary>
    public void Write(SummaryBatch batch)
    {
        using var transaction = connection.BeginTransaction();
        using (var command = Prepare("UPDATE events SET summary = $summary, title = $title WHERE id = $id", transaction))
        {
            foreach (var (id, summary) in batch.Events)
            {
                Set(command, "$id", id);
                Set(command, "$summary", SummaryJson.Write(summary));
                Set(command, "$title", summary.Headline);
                command.ExecuteNonQuery();
            }
        }
        using (var command = Prepare("UPDATE storylines SET facts = $facts WHERE id = $id", transaction))
        {
            foreach (var (id, facts) in batch.Storylines)
            {
                Set(command, "$id", id);
                Set(command, "$facts", SummaryJson.Write(facts));
                command.ExecuteNonQuery();
            }
        }
        DeleteAll(RetitleStoryline, batch.Storylines.Select(s => s.StorylineId), transaction);
        transaction.Commit();
    }

    private static void BindArticle(SqliteCommand command, StoredArticle stored, string now)
    {
        var analyzed = stored.Analyzed;
        var article = analyzed.Article;
        Set(command, "$id", article.Id);
        Set(command, "$title", article.Title);
        Set(command, "$text", article.Text);
        Set(command, "$outlet", article.Outlet);
        Set(command, "$url", article.Url);
        Set(command, "$author", article.Author);
        Set(command, "$dateline", article.Dateline);
        Set(command, "$agency", article.Agency);
        Set(command, "$published", article.Published?.ToIso());
        Set(command, "$published_from", PublishedFromNames.Of(article.PublishedFrom));
        Set(command, "$fetched", article.Fetched is { } fetched ? SqliteTime.Write(fetched) : null);
        Set(command, "$stream_time", SqliteTime.Write(stored.StreamTime));
        Set(command, "$stream_day", SqliteTime.Day(stored.StreamTime));
        Set(command, "$event_id", stored.EventId);
        Set(command, "$duplicate_of", stored.DuplicateOf);
        Set(command, "$input_hash", analyzed.InputHash);
        Set(command, "$text_key", unchecked((long)analyzed.TextKey));
        Set(command, "$vector", BlobCodec.EncodeVector(analyzed.Vector));
        Set(command, "$signature", BlobCodec.EncodeSignature(analyzed.Signature));
        Set(command, "$origin", analyzed.Origin);
        Set(command, "$ingested_at", now);
        Set(command, "$annotations", AnnotationsJson.Write(analyzed.DateMentions, analyzed.Entities));
    }

    /// <summary>Each article's entities by key, replacing what an earlier ingest of it wrote.</summary>
    private void WriteEntities(IReadOnlyList<StoredArticle> articles, SqliteTransaction transaction)
    {
        using var delete = Prepare("DELETE FROM article_entities WHERE article_id = $id", transaction);
        using var insert = Prepare("""
            INSERT INTO article_entities (article_id, key, type, name, mentions) VALUES ($id, $key, $type, $name, $mentions)
            """, transaction);
        foreach (var stored in articles)
        {
            var id = stored.Analyzed.Article.Id;
            Set(delete, "$id", id);
            delete.ExecuteNonQuery();
            foreach (var group in stored.Analyzed.Entities.GroupBy(e => e.Key, StringComparer.Ordinal))
            {
                // The name written most often in this article; the longest among equals (مصطفى الكاظمي over الكاظمي).
                var name = group.GroupBy(e => e.Text, StringComparer.Ordinal)
                    .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key.Length).ThenBy(g => g.Key, StringComparer.Ordinal)
                    .First().Key;
                Set(insert, "$id", id);
                Set(insert, "$key", group.Key);
                Set(insert, "$type", EntityTypeCodes.ToCode(group.First().Type));
                Set(insert, "$name", name);
                Set(insert, "$mentions", group.Count());
                insert.ExecuteNonQuery();
            }
        }
    }

    private static void BindEvent(SqliteCommand command, EventSnapshot item)
    {
        Set(command, "$id", item.Id);
        Set(command, "$storyline_id", item.StorylineId);
        Set(command, "$first_time", SqliteTime.Write(item.First));
        Set(command, "$last_time", SqliteTime.Write(item.Last));
        Set(command, "$first_day", SqliteTime.Day(item.First));
        Set(command, "$last_day", SqliteTime.Day(item.Last));
        Set(command, "$article_count", item.ArticleCount);
        Set(command, "$title", item.Title);
        Set(command, "$centroid", BlobCodec.EncodeWeights(item.Centroid));
    }

    private static void BindStoryline(SqliteCommand command, StorylineSnapshot item)
    {
        Set(command, "$id", item.Id);
        Set(command, "$first_time", SqliteTime.Write(item.First));
        Set(command, "$last_time", SqliteTime.Write(item.Last));
        Set(command, "$last_day", SqliteTime.Day(item.Last));
        Set(command, "$event_count", item.EventCount);
        Set(command, "$article_count", item.ArticleCount);
        Set(command, "$profile", BlobCodec.EncodeWeights(item.Profile));
    }

    private void DeleteAll(string sql, IEnumerable<string> ids, SqliteTransaction transaction)
    {
        using var command = Prepare(sql, transaction);
        foreach (var id in ids)
        {
            Set(command, "$id", id);
            command.ExecuteNonQuery();
        }
    }

    private SqliteCommand Prepare(string sql, SqliteTransaction transaction)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static void Set(SqliteCommand command, string name, object? value)
    {
        if (command.Parameters.Contains(name))
        {
            command.Parameters[name].Value = value ?? DBNull.Value;
        }
        else
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
    }
}
