using Marsad.Summaries;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Sqlite;

/// <summary>
/// A read connection of its own with the summarizer's two loads prepared on it once (the texts of an event's
/// articles, of a storyline's latest). Opening a connection and compiling the statement for every one of an
/// ingest's 13,000 loads took about half of their time. Not thread-safe: one load at a time.
/// </summary>
internal sealed class SqliteSourceReader(string connectionString) : IDisposable
{
    private readonly SqliteConnection connection = Opened(connectionString);
    private SqliteCommand? eventSources;
    private SqliteCommand? storylineSources;

    public void Dispose()
    {
        eventSources?.Dispose();
        storylineSources?.Dispose();
        connection.Dispose();
    }

    public List<SummarySource> EventSources(string eventId)
    {
        eventSources ??= Prepared(
            "SELECT id, outlet, stream_time, title, text, duplicate_of FROM articles WHERE event_id = $id ORDER BY stream_time, id",
            "$id");
        eventSources.Parameters["$id"].Value = eventId;
        return Read(eventSources);
    }

    public List<SummarySource> StorylineSources(string storylineId, int max)
    {
        storylineSources ??= Prepared(
            "SELECT a.id, a.outlet, a.stream_time, a.title, a.text, a.duplicate_of FROM articles a JOIN events e ON e.id = a.event_id " +
            "WHERE e.storyline_id = $id ORDER BY a.stream_time DESC, a.id LIMIT $max", "$id", "$max");
        storylineSources.Parameters["$id"].Value = storylineId;
        storylineSources.Parameters["$max"].Value = max;
        return Read(storylineSources);
    }

    private static List<SummarySource> Read(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var sources = new List<SummarySource>();
        while (reader.Read())
        {
            sources.Add(new SummarySource(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1),
                SqliteTime.Read(reader.GetString(2)), reader.GetString(3), reader.GetString(4), !reader.IsDBNull(5)));
        }
        return sources;
    }

    private SqliteCommand Prepared(string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = parameter });
        }
        command.Prepare();
        return command;
    }

    private static SqliteConnection Opened(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        return connection;
    }
}
