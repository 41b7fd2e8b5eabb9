using AngleSharp.Dom;

namespace Marsad.Extraction.Html;

/// <summary>
/// The article's headline: Open Graph, Twitter card or JSON-LD headline, else the page's main heading, else
/// <c>&lt;title&gt;</c>; then the site's name is taken off it (<see cref="TitleCleaner"/>).
/// </summary>
internal static class TitleFinder
{
    public static string? Find(PageMetadata page, IReadOnlyCollection<string> siteNames)
    {
        var raw = page.Meta.First("og:title", "twitter:title")
            ?? page.JsonLd.Headline
            ?? MainHeading(page.Document, siteNames)
            ?? page.Document.Title;
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }
        var title = TitleCleaner.Clean(raw, siteNames);
        return title.Length > 0 ? title : null;
    }

    /// <summary>The first <c>h1</c> inside the article if there is one, else in the page, that is not the site's logo.</summary>
    private static string? MainHeading(IDocument document, IReadOnlyCollection<string> siteNames)
    {
        var headings = document.QuerySelectorAll("article h1").Concat(document.QuerySelectorAll("h1"));
        foreach (var heading in headings)
        {
            var text = DisplayWhitespace.Normalize(heading.TextContent);
            if (text.Length > 0 && !siteNames.Any(name => string.Equals(LooseText.Fold(name), LooseText.Fold(text), StringComparison.Ordinal)))
            {
                return text;
            }
        }
        return null;
    }
}
