using Marsad.Text;

namespace Marsad.Storage.Sqlite;

/// <summary>The store's other read sides for hosts, beside its story reader: search (schema 5) and entities.</summary>
public sealed partial class SqliteStore
{
    private ISearchReader? search;

    /// <summary>Search over read-only connections, safe from any thread (like <see cref="Reader"/>).</summary>
    public ISearchReader Search => search ??= new SqliteSearchReader(ConnectionString(Path, readOnly: true), MatchKeyAnalyzer.Default);

    /// <summary>One entity and its events, over read-only connections, safe from any thread.</summary>
    public IEntityReader Entities => new SqliteEntityReader(ConnectionString(Path, readOnly: true));

    /// <summary>
    /// Opens an existing database for hosts: its schema brought up to date (and its search index filled) once,
    /// then the readers on read-only connections. A missing file is an error, never created.
    /// </summary>
    public static (IStoryReader Reader, ISearchReader Search, IEntityReader Entities) OpenReaders(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No database at {path}: ingest something first, or point --db at one.", path);
        }
        using var store = Open(path);
        return (store.Reader, store.Search, store.Entities);
    }
}
