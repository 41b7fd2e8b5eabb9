using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Marsad.Extraction.Html;

/// <summary>
/// The byline's author: JSON-LD author names, then author meta tags, then microdata and <c>rel=author</c> links,
/// then a short element whose class says byline or author. Profile URLs (which <c>article:author</c> often holds)
/// and the outlet's own name are not authors.
/// </summary>
internal static partial class AuthorFinder
{
    private const int MaxBylineWords = 8;

    public static string? Find(PageMetadata page, string? siteName)
    {
        var fromJsonLd = page.JsonLd.Authors.Where(name => IsPersonName(name, siteName)).Distinct(StringComparer.Ordinal).ToList();
        if (fromJsonLd.Count > 0)
        {
            return string.Join(", ", fromJsonLd.Select(Clean));
        }
        foreach (var key in new[] { "author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl" })
        {
            if (page.Meta.First(key) is { } name && IsPersonName(name, siteName))
            {
                return Clean(name);
            }
        }
        var marked = page.Document.QuerySelectorAll("[itemprop~=author], [rel~=author], [class*=byline], [class*=author]");
        foreach (var element in marked)
        {
            var name = element.QuerySelector("[itemprop~=name]") is { } inner ? ValueOf(inner) : ValueOf(element);
            if (name is not null && IsPersonName(name, siteName) && Words(name) <= MaxBylineWords)
            {
                return Clean(name);
            }
        }
        return null;
    }

    private static string? ValueOf(IElement element) => element.GetAttribute("content") ?? element.TextContent;

    private static bool IsPersonName(string name, string? siteName)
    {
        var clean = Clean(name);
        return clean.Length > 1
            && !clean.Contains("://", StringComparison.Ordinal) && !clean.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            && !clean.StartsWith('@')
            && (siteName is null || !string.Equals(LooseText.Fold(clean), LooseText.Fold(siteName), StringComparison.Ordinal));
    }

    private static string Clean(string name) => ByPrefix().Replace(DisplayWhitespace.Normalize(name), "");

    private static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"^(?:by|بقلم|كتب|كتبت)\s*[:：]?\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ByPrefix();
}
