using Marsad.Text;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Sqlite;

/// <summary>
/// A Marsad database in one SQLite file. Opening it creates or upgrades the schema. The store hands out the
/// three views the core asks for: the stream state and the writer (a connection each, so that the pipeline can
/// write one batch while it places the next; each used by one thread at a time) and a reader (a connection per
/// call, safe from any thread).
/// </summary>
public sealed partial class SqliteStore : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly SqliteConnection writeConnection;
    private readonly SqliteStateSource stateSource;

    private SqliteStore(string path, SqliteConnection connection, SqliteConnection writeConnection)
    {
        Path = path;
        this.connection = connection;
        this.writeConnection = writeConnection;
        var reading = ConnectionString(path, readOnly: true);
        StateSource = stateSource = new SqliteStateSource(connection, reading);
        Writer = new SqliteStoryWriter(writeConnection);
        Reader = new SqliteStoryReader(reading);
    }

    public string Path { get; }

    public IStoryStateSource StateSource { get; }

    public IStoryWriter Writer { get; }

    public IStoryReader Reader { get; }

    public static SqliteStore Open(string path)
    {
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }
        var connection = new SqliteConnection(ConnectionString(path, readOnly: false));
        var writeConnection = new SqliteConnection(ConnectionString(path, readOnly: false));
        try
        {
            connection.Open();
            Pragmas(connection);
            SqliteSchema.Migrate(connection);
            SqliteSearchIndex.Backfill(connection, MatchKeyAnalyzer.Default);
            writeConnection.Open();
            Pragmas(writeConnection);
        }
        catch (SqliteException error) when (error.SqliteErrorCode is 26 /* SQLITE_NOTADB */)
        {
            connection.Dispose();
            writeConnection.Dispose();
            throw new InvalidDataException($"{path} is not a Marsad database (not an SQLite file).", error);
        }
        catch
        {
            connection.Dispose();
            writeConnection.Dispose();
            throw;
        }
        return new SqliteStore(path, connection, writeConnection);
    }

    /// <summary>Opens an existing database for reading only; a missing file is an error, never created.</summary>
    public static IStoryReader OpenReader(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No database at {path}: ingest something first, or point --db at one.", path);
        }
        using var store = Open(path);
        return store.Reader;
    }

    public void Dispose()
    {
        stateSource.Dispose();
        connection.Dispose();
        writeConnection.Dispose();
    }

    /// <summary>
    /// WAL lets readers (the web app) read while an ingest writes; synchronous=NORMAL under WAL keeps every
    /// committed transaction across a process crash and loses at most the last ones on power loss. The log is copied
    /// into the database every 10,000 pages (80 MB) rather than SQLite's 1,000: pages an ingest writes again and again
    /// (indexes, events, storylines) are copied once per round, and ingesting SaudiNewsNet wrote a fifth less (about
    /// 840 MB instead of 1,050, for a database of 220 MB).
    /// </summary>
    private static void Pragmas(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        // page_size only takes effect on a new database: 8 KB pages suit rows that carry a whole article.
        command.CommandText = "PRAGMA page_size = 8192; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; " +
            "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536; PRAGMA wal_autocheckpoint = 10000;";
        command.ExecuteNonQuery();
    }

    private static string ConnectionString(string path, bool readOnly) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();
}
