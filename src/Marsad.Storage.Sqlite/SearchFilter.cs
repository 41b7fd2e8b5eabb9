using Marsad.Storage.Reading;

namespace Marsad.Storage.Sqlite;

/// <summary>
/// A search's filters as SQL over <c>articles a</c>, with only the conditions asked for, so that SQLite can use the
/// outlet, day and covering indexes. The entity filter is a join on <c>article_entities</c>, which exists once the
/// store holds entities (the reader checks before asking for it).
/// </summary>
internal sealed record SearchFilter(IReadOnlyList<string> Conditions, IReadOnlyList<(string Name, object? Value)> Parameters)
{
    public bool IsEmpty => Conditions.Count == 0;

    /// <summary>The filters as a WHERE clause over <c>articles a</c>, or nothing.</summary>
    public string Where => IsEmpty ? "" : "WHERE " + string.Join(" AND ", Conditions);

    /// <summary>
    /// The filters as a join from a column holding article ids, through the covering index (id, outlet, day) so that
    /// no article row is read; nothing when there are no filters.
    /// </summary>
    public string Join(string articleId) =>
        IsEmpty ? "" : $"JOIN articles a INDEXED BY articles_search_filter ON a.id = {articleId} {Where}";

    public static SearchFilter Of(SearchQuery query)
    {
        var conditions = new List<string>();
        var parameters = new List<(string, object?)>();
        if (query.Outlet is { } outlet)
        {
            conditions.Add("a.outlet = $outlet");
            parameters.Add(("$outlet", outlet));
        }
        if (query.From is { } from)
        {
            conditions.Add("a.stream_day >= $from");
            parameters.Add(("$from", from.DayNumber));
        }
        if (query.To is { } to)
        {
            conditions.Add("a.stream_day <= $to");
            parameters.Add(("$to", to.DayNumber));
        }
        if (query.Entity is { } entity)
        {
            conditions.Add("a.id IN (SELECT article_id FROM article_entities WHERE key = $entity)");
            parameters.Add(("$entity", entity));
        }
        return new SearchFilter(conditions, parameters);
    }
}
