namespace Marsad.Web.Html;

/// <summary>
/// The site's addresses, built in one place. Ids are escaped segment by segment: an article's id may hold slashes
/// (a path inside the folder it was ingested from, an address), which the article and entity routes take as a
/// catch-all.
/// </summary>
internal static class Links
{
    public const string Home = "/";

    public const string SearchPage = "/search";

    public static string Storyline(string id) => "/storylines/" + Segment(id);

    public static string Event(string id) => "/events/" + Segment(id);

    public static string Article(string id) => "/articles/" + string.Join('/', id.Split('/').Select(Segment));

    public static string Entity(string key) => "/entities/" + string.Join('/', key.Split('/').Select(Segment));

    public static string SearchEntity(string key) => SearchPage + "?entity=" + Uri.EscapeDataString(key);

    public static string Search(string? text) => SearchPage + (string.IsNullOrWhiteSpace(text) ? "" : "?q=" + Uri.EscapeDataString(text));

    /// <summary>The same address with another page number, other query parameters kept.</summary>
    public static string WithPage(string path, IEnumerable<KeyValuePair<string, string?>> query, int page)
    {
        var kept = query.Where(p => p.Key != "page" && !string.IsNullOrEmpty(p.Value))
            .Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value!));
        var parts = page > 1 ? kept.Append("page=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture)) : kept;
        var queryString = string.Join('&', parts);
        return queryString.Length == 0 ? path : path + "?" + queryString;
    }

    private static string Segment(string value) => Uri.EscapeDataString(value);
}
