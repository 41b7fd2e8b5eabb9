using Marsad.Search;
using Marsad.Text;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Sqlite;

/// <summary>
/// Writes articles' search documents (<see cref="SearchDocument"/>) into the full-text index, inside the caller's
/// transaction, so that the index never disagrees with the articles: a re-ingested article replaces its document.
/// </summary>
internal static class SqliteSearchIndex
{
    private const string IndexedKey = "search_index";


    /// <remarks>
    /// Documents are numbered first and the index written after, in one run of statements on it alone: FTS5 writes
    /// out what it holds in memory whenever another statement opens a savepoint between two of its own, and
    /// interleaving the two made ingest a fifth slower.
    /// </remarks>
    public static void Write(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<(string Id, SearchDocument Document)> articles)
    {
        var numbered = new List<(long Doc, bool Existed, SearchDocument Document)>();
        using (var find = Command(connection, transaction, "SELECT doc FROM search_documents WHERE article_id = $id", "$id"))
        using (var add = Command(connection, transaction, "INSERT INTO search_documents (article_id) VALUES ($id) RETURNING doc", "$id"))
        {
            foreach (var (id, document) in articles)
            {
                find.Parameters["$id"].Value = id;
                if (find.ExecuteScalar() is long existing)
                {
                    numbered.Add((existing, true, document));
                    continue;
                }
                add.Parameters["$id"].Value = id;
                numbered.Add(((long)add.ExecuteScalar()!, false, document));
            }
        }
        // A re-ingested article's old document goes, so that it is found by its new words only.
        using (var delete = Command(connection, transaction, "DELETE FROM article_search WHERE rowid = $doc", "$doc"))
        {
            foreach (var (doc, _, _) in numbered.Where(n => n.Existed))
            {
                delete.Parameters["$doc"].Value = doc;
                delete.ExecuteNonQuery();
            }
        }
        using var insert = Command(connection, transaction,
            "INSERT INTO article_search (rowid, title, body, loose) VALUES ($doc, $title, $body, $loose)", "$doc", "$title", "$body", "$loose");
        foreach (var (doc, _, document) in numbered)
        {
            insert.Parameters["$doc"].Value = doc;
            insert.Parameters["$title"].Value = document.TitleKeys;
            insert.Parameters["$body"].Value = document.TextKeys;
            insert.Parameters["$loose"].Value = document.LooseKeys;
            insert.ExecuteNonQuery();
        }
    }

    /// <summary>
    /// Indexes the articles a database held before it had an index (schema 5), once: afterwards the writer keeps
    /// the index whole, and a marker in <c>meta</c> says there is nothing left to do.
    /// </summary>
    public static void Backfill(SqliteConnection connection, MatchKeyAnalyzer analyzer)
    {
        using (var check = connection.CreateCommand())
        {
            check.CommandText = $"SELECT count(*) FROM meta WHERE key = '{IndexedKey}'";
            if ((long)check.ExecuteScalar()! > 0)
            {
                return;
            }
        }
        using var transaction = connection.BeginTransaction();
        var missing = new List<(string Id, string Title, string Text)>();
        using (var select = Command(connection, transaction, """
            SELECT a.id, a.title, a.text FROM articles a
            WHERE NOT EXISTS (SELECT 1 FROM search_documents d WHERE d.article_id = a.id)
            """))
        using (var reader = select.ExecuteReader())
        {
            while (reader.Read())
            {
                missing.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }
        var documents = missing.AsParallel().AsOrdered()
            .Select(a => (a.Id, SearchDocument.Build(a.Title, a.Text, analyzer)));
        Write(connection, transaction, documents);
        using (var mark = Command(connection, transaction, $"INSERT INTO meta (key, value) VALUES ('{IndexedKey}', '1')"))
        {
            mark.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }
        return command;
    }
}
