using Marsad.Input;
using Marsad.Pipeline;
using Marsad.Storage.Sqlite;
using Marsad.Tests.Support;

namespace Marsad.Tests;

/// <summary>A fresh database file per test, and ingest as the CLI runs it.</summary>
public sealed class StoreFixture : IDisposable
{
    private readonly TempFolder folder = new();

    public string DatabasePath => Path.Combine(folder.Path, "test.db");

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public IngestReport Ingest(params string[] paths)
    {
        using var store = SqliteStore.Open(DatabasePath);
        return new IngestPipeline(store.StateSource, store.Writer, new IngestOptions()).Run(new InputWalker(paths).Items());
    }

    public IngestReport Ingest(IEnumerable<InputItem> items)
    {
        using var store = SqliteStore.Open(DatabasePath);
        return new IngestPipeline(store.StateSource, store.Writer, new IngestOptions()).Run(items);
    }

    public Storage.IStoryReader Reader() => SqliteStore.OpenReader(DatabasePath);

    public Storage.ISearchReader Search() => SqliteStore.OpenReaders(DatabasePath).Search;

    public string TempFile(string name, string content) => folder.File(name, content);

    public void Dispose() => folder.Dispose();
}
