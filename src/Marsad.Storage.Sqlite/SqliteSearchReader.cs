using System.Text.Json;
using Marsad.Search;
using Marsad.Storage.Reading;
using Marsad.Text;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Sqlite;

/// <summary>
/// Search over the full-text index (schema 5): one read-only connection per call, like
/// <see cref="SqliteStoryReader"/>. The index finds and ranks articles by their keys, touching only narrow indexes;
/// then the page asked for is read whole, and what is shown of it is cut from its display text.
/// </summary>
internal sealed class SqliteSearchReader(string connectionString, MatchKeyAnalyzer analyzer) : ISearchReader
{
    private readonly SnippetCutter cutter = new(analyzer);
    private readonly Lazy<bool> entityTable = new(() => HasTable(connectionString, "article_entities"));

    public bool CanFilterByEntity => entityTable.Value;

    public SearchResults Search(SearchQuery query)
    {
        if (query.Entity is not null && !CanFilterByEntity)
        {
            throw new NotSupportedException("This database holds no entities yet, so a search cannot be filtered by one.");
        }
        var terms = SearchTerms.Parse(query.Text, analyzer);
        var words = terms.Terms.Select(t => t.Word).ToList();
        if (terms.IsEmpty && !string.IsNullOrWhiteSpace(query.Text))
        {
            return new SearchResults(0, [], words, terms.Ignored);
        }
        using var connection = SqliteRows.Open(connectionString);
        var filter = SearchFilter.Of(query);
        var ranked = terms.IsEmpty ? Listing(connection, filter, query) : Matches(connection, filter, query, terms);
        var total = ranked.Count > 0 ? ranked[0].Total : query.Offset == 0 ? 0 : Count(connection, filter, terms);
        var articles = Articles(connection, ranked.Select(r => r.Id));
        var hits = ranked.Where(r => articles.ContainsKey(r.Id)).Select(r =>
        {
            var (summary, eventId, storylineId, text) = articles[r.Id];
            return new SearchHit(summary, eventId, storylineId, cutter.Mark(summary.Title, terms), cutter.Cut(text, terms), r.Match, r.Score);
        }).ToList();
        return new SearchResults(total, hits, words, terms.Ignored);
    }

    public IReadOnlyList<OutletSummary> Outlets()
    {
        using var connection = SqliteRows.Open(connectionString);
        return SqliteRows.Query(connection,
            "SELECT outlet, count(*) FROM articles WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY count(*) DESC, outlet",
            r => new OutletSummary(r.GetString(0), r.GetInt32(1)));
    }

    private sealed record Ranked(string Id, double Score, MatchKind Match, int Total);

    /// <summary>
    /// Articles matching every term, those matching every term as written first, then by bm25 (title words weigh
    /// more than body words, loose keys least), then by id so that pages never overlap.
    /// </summary>
    private static List<Ranked> Matches(SqliteConnection connection, SearchFilter filter, SearchQuery query, SearchTerms terms)
    {
        var exact = SearchMatchExpression.HasVariants(terms)
            ? "m.doc IN (SELECT rowid FROM article_search WHERE article_search MATCH $exact)"
            : "1";
        return SqliteRows.Query(connection, $"""
            WITH matches AS (
                SELECT rowid AS doc, bm25(article_search, {SearchMatchExpression.Weights}) AS rank
                FROM article_search WHERE article_search MATCH $match
            )
            SELECT d.article_id, -m.rank, {exact} AS exact, count(*) OVER ()
            FROM matches m JOIN search_documents d ON d.doc = m.doc {filter.Join("d.article_id")}
            ORDER BY exact DESC, m.rank, d.article_id LIMIT $limit OFFSET $offset
            """, ReadRanked, [.. filter.Parameters, ("$match", SearchMatchExpression.Any(terms)),
                ("$exact", SearchMatchExpression.Exact(terms)), ("$limit", query.Limit), ("$offset", query.Offset)]);
    }

    /// <summary>
    /// No words: what the filters allow, newest first. Counted apart: a window count over every article would read
    /// them all, where the page itself walks the time index and stops.
    /// </summary>
    private static List<Ranked> Listing(SqliteConnection connection, SearchFilter filter, SearchQuery query)
    {
        var total = Count(connection, filter, SearchTerms.None);
        return SqliteRows.Query(connection, $"""
            SELECT a.id, 0.0, 1, $total FROM articles a {filter.Where}
            ORDER BY a.stream_time DESC, a.id LIMIT $limit OFFSET $offset
            """, ReadRanked, [.. filter.Parameters, ("$total", total), ("$limit", query.Limit), ("$offset", query.Offset)]);
    }

    /// <summary>The total, when the page asked for lies past the end and so carries no rows to read it from.</summary>
    private static int Count(SqliteConnection connection, SearchFilter filter, SearchTerms terms)
    {
        var sql = terms.IsEmpty
            ? $"SELECT count(*) FROM articles a {filter.Where}"
            : $"""
                SELECT count(*) FROM article_search s JOIN search_documents d ON d.doc = s.rowid {filter.Join("d.article_id")}
                {(filter.IsEmpty ? "WHERE" : "AND")} article_search MATCH $match
                """;
        return SqliteRows.Query(connection, sql, r => r.GetInt32(0),
            [.. filter.Parameters, ("$match", terms.IsEmpty ? null : SearchMatchExpression.Any(terms))]).Single();
    }

    /// <summary>One page of hits read whole (with their display texts), after ranking, so that no sort carries texts.</summary>
    private static Dictionary<string, (ArticleSummary Summary, string EventId, string StorylineId, string Text)> Articles(
        SqliteConnection connection, IEnumerable<string> ids) => SqliteRows.Query(connection, """
            SELECT a.id, a.title, a.outlet, a.published, a.published_from, a.duplicate_of, a.url, a.event_id, e.storyline_id, a.text
            FROM articles a JOIN events e ON e.id = a.event_id WHERE a.id IN (SELECT value FROM json_each($ids))
            """, r => (Summary: new ArticleSummary(r.GetString(0), r.GetString(1), r.NullableString(2), r.NullableString(3),
                r.GetString(4), r.NullableString(5), r.NullableString(6)), EventId: r.GetString(7), StorylineId: r.GetString(8),
                Text: r.GetString(9)), ("$ids", JsonSerializer.Serialize(ids)))
        .ToDictionary(r => r.Summary.Id, r => (r.Summary, r.EventId, r.StorylineId, r.Text), StringComparer.Ordinal);

    private static Ranked ReadRanked(SqliteDataReader r) =>
        new(r.GetString(0), r.GetDouble(1), r.GetInt64(2) == 1 ? MatchKind.Exact : MatchKind.Variant, r.GetInt32(3));

    private static bool HasTable(string connectionString, string name)
    {
        using var connection = SqliteRows.Open(connectionString);
        return SqliteRows.Query(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $name",
            r => r.GetInt64(0), ("$name", name)).Single() > 0;
    }
}
