using System.Text;
using Marsad.Search;

namespace Marsad.Storage.Sqlite;

/// <summary>
/// FTS5 match expressions for a search. Every term must match, in the title or the body by its match key, or
/// anywhere by its loose key; <see cref="Exact"/> asks for every term by its match key only. Keys are quoted, so
/// nothing a user types is read as FTS5 syntax (keys hold only letters and digits anyway).
/// </summary>
internal static class SearchMatchExpression
{
    /// <summary>bm25 column weights, in the table's column order: title, body, loose.</summary>
    public const string Weights = "3.0, 1.0, 0.3";

    public static string Any(SearchTerms terms) => Join(terms, t => t.Loose is null
        ? $"{{title body}} : {Quote(t.Key)}"
        : $"({{title body}} : {Quote(t.Key)} OR loose : {Quote(t.Loose)})");

    public static string Exact(SearchTerms terms) => Join(terms, t => $"{{title body}} : {Quote(t.Key)}");

    /// <summary>Whether some term has a loose key, so that some matches may not be exact.</summary>
    public static bool HasVariants(SearchTerms terms) => terms.Terms.Any(t => t.Loose is not null);

    private static string Join(SearchTerms terms, Func<SearchTerm, string> term)
    {
        var builder = new StringBuilder();
        foreach (var t in terms.Terms)
        {
            if (builder.Length > 0)
            {
                builder.Append(" AND ");
            }
            builder.Append(term(t));
        }
        return builder.ToString();
    }

    private static string Quote(string key) => "\"" + key.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
