using AngleSharp.Dom;

namespace Marsad.Extraction.Html;

/// <summary>
/// The page's <c>&lt;meta&gt;</c> tags by key: <c>name</c>, <c>property</c>, <c>itemprop</c> or <c>http-equiv</c>,
/// lower-cased (<c>og:title</c>, <c>article:published_time</c>, <c>dc.date</c>), each with its non-empty
/// <c>content</c> values in page order.
/// </summary>
internal sealed class MetaTags
{
    private static readonly string[] KeyAttributes = ["property", "name", "itemprop", "http-equiv"];

    private readonly Dictionary<string, List<string>> byKey = new(StringComparer.OrdinalIgnoreCase);

    public MetaTags(IDocument document)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var content = meta.GetAttribute("content")?.Trim();
            if (string.IsNullOrEmpty(content))
            {
                continue;
            }
            foreach (var attribute in KeyAttributes)
            {
                // Some sites put several keys in one attribute: property="og:title twitter:title".
                var keys = meta.GetAttribute(attribute)?.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                foreach (var key in keys ?? [])
                {
                    if (!byKey.TryGetValue(key, out var values))
                    {
                        byKey[key] = values = [];
                    }
                    values.Add(content);
                }
            }
        }
    }

    /// <summary>The first value of the first key that has one.</summary>
    public string? First(params ReadOnlySpan<string> keys)
    {
        foreach (var key in keys)
        {
            if (byKey.TryGetValue(key, out var values))
            {
                return values[0];
            }
        }
        return null;
    }
}
