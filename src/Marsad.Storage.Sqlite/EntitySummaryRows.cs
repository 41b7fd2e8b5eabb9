using Marsad.Entities;
using Marsad.Storage.Reading;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Sqlite;

/// <summary>
/// How a group of <c>article_entities</c> rows (alias <c>x</c>, grouped by key) becomes an <see cref="EntitySummary"/>,
/// for every reader that lists entities. <c>max(x.mentions)</c> is there for SQLite's rule that the bare columns
/// of a group come from the row holding the max: the type and name shown are those of the article naming it most.
/// </summary>
internal static class EntitySummaryRows
{
    public const string Columns = "x.key, x.type, x.name, count(*), sum(x.mentions), max(x.mentions)";

    public static EntitySummary Read(SqliteDataReader r) =>
        new(r.GetString(0), EntityTypeCodes.Parse(r.GetString(1)), r.GetString(2), r.GetInt32(3), r.GetInt32(4));
}
