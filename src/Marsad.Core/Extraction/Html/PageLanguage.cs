namespace Marsad.Extraction.Html;

/// <summary>The language and writing direction a page declares (<c>&lt;html lang="ar" dir="rtl"&gt;</c>), if it does.</summary>
internal static class PageLanguage
{
    public static string? Language(PageMetadata page)
    {
        var root = page.Document.DocumentElement;
        var declared = root?.GetAttribute("lang") ?? root?.GetAttribute("xml:lang")
            ?? page.Meta.First("content-language", "language", "og:locale");
        return string.IsNullOrWhiteSpace(declared) ? null : declared.Trim().Replace('_', '-');
    }

    public static string? Direction(PageMetadata page)
    {
        var dir = page.Document.DocumentElement?.GetAttribute("dir") ?? page.Document.Body?.GetAttribute("dir");
        return dir?.Trim().ToLowerInvariant() is "rtl" or "ltr" ? dir.Trim().ToLowerInvariant() : null;
    }
}
