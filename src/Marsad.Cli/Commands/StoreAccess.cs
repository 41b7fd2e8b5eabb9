using Marsad.Cli.Output;
using Marsad.Storage;
using Marsad.Storage.Sqlite;

namespace Marsad.Cli.Commands;

/// <summary>Opens the database for the reading commands, turning a missing or foreign file into a clear message.</summary>
internal static class StoreAccess
{
    public static IStoryReader? TryOpenReader(string database)
    {
        try
        {
            return SqliteStore.OpenReader(database);
        }
        catch (Exception error) when (error is FileNotFoundException or InvalidDataException or InvalidOperationException)
        {
            Consoles.Fail(error.Message);
            return null;
        }
    }

    /// <summary>Both readers, for hosts that search as well as read (the web server).</summary>
    public static (IStoryReader Stories, ISearchReader Search, IEntityReader Entities)? TryOpenReaders(string database)
    {
        try
        {
            return SqliteStore.OpenReaders(database);
        }
        catch (Exception error) when (error is FileNotFoundException or InvalidDataException or InvalidOperationException)
        {
            Consoles.Fail(error.Message);
            return null;
        }
    }
}
