namespace Marsad.Extraction.Html;

/// <summary>The outlet's name as the page gives it: Open Graph, then the JSON-LD publisher, then the web-app name.</summary>
internal static class SiteNameFinder
{
    public static string? Find(PageMetadata page) =>
        Clean(page.Meta.First("og:site_name"))
        ?? Clean(page.JsonLd.PublisherName)
        ?? Clean(page.Meta.First("application-name", "apple-mobile-web-app-title"));

    /// <summary>Every name the site might append to its titles: the found name and the host's main label.</summary>
    public static List<string> NamesForTitles(PageMetadata page, string? siteName)
    {
        var names = new List<string>();
        foreach (var name in new[] { siteName, page.JsonLd.PublisherName, page.Meta.First("application-name"), HostLabel(page.Url) })
        {
            if (Clean(name) is { } clean && !names.Contains(clean, StringComparer.Ordinal))
            {
                names.Add(clean);
            }
        }
        return names;
    }

    /// <summary><c>https://www.albayan.ae/...</c> gives <c>albayan</c>.</summary>
    private static string? HostLabel(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }
        var labels = uri.Host.Split('.');
        var main = labels.Length >= 2 ? labels[^2] : labels[0];
        // Second-level country domains: news.bbc.co.uk, www.alriyadh.com.sa.
        if (labels.Length >= 3 && main is "co" or "com" or "net" or "org" or "gov" or "edu")
        {
            main = labels[^3];
        }
        return main.Length > 2 ? main : null;
    }

    private static string? Clean(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : DisplayWhitespace.Normalize(name);
}
