using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Sqlite;

/// <summary>
/// The versioned schema: numbered SQL scripts embedded in this assembly, applied in order, each in its own
/// transaction with the version bump, so a database is always at exactly one version.
/// </summary>
internal static class SqliteSchema
{
    private static readonly string[] Scripts = ["001-initial", "002-annotations", "003-summaries", "004-entities", "005-search"];

    public static int CurrentVersion => Scripts.Length;

    public static void Migrate(SqliteConnection connection) => Migrate(connection, CurrentVersion);

    /// <summary>Brings the schema up to <paramref name="target"/> (tests build older databases with it).</summary>
    internal static void Migrate(SqliteConnection connection, int target)
    {
        Execute(connection, "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
        var version = ReadVersion(connection);
        if (version > CurrentVersion)
        {
            throw new InvalidOperationException(
                $"This database has schema version {version}, made by a newer Marsad; this one knows up to {CurrentVersion}.");
        }
        for (var next = version + 1; next <= target; next++)
        {
            using var transaction = connection.BeginTransaction();
            Execute(connection, Load(Scripts[next - 1]), transaction);
            Execute(connection, $"INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', '{next}')", transaction);
            transaction.Commit();
        }
    }

    public static int ReadVersion(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM meta WHERE key = 'schema_version'";
        return command.ExecuteScalar() is string value ? int.Parse(value, CultureInfo.InvariantCulture) : 0;
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string Load(string name)
    {
        using var stream = typeof(SqliteSchema).Assembly.GetManifestResourceStream($"Marsad.Storage.Sqlite.Schema.{name}.sql")
            ?? throw new InvalidOperationException($"Schema script {name} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
