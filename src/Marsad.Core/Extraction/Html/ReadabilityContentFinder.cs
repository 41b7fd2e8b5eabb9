using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using SmartReader;

namespace Marsad.Extraction.Html;

/// <summary>
/// Finds the element holding the article's main text with SmartReader (a port of Mozilla Readability) on an
/// already parsed document. SmartReader is given the document, never a URL to fetch: nothing goes over the network.
/// </summary>
internal static class ReadabilityContentFinder
{
    // Readability needs some URI to resolve links against; it is only used for that, never fetched.
    private const string PlaceholderUri = "https://localhost/";

    /// <summary>
    /// Readability's time grows steeply with nesting depth (seconds at a few hundred levels, which only broken
    /// markup reaches: real news pages measured here stay under 60). Deeper pages are read whole instead.
    /// </summary>
    private const int MaxDepthForReadability = 256;

    /// <summary>The main-content element, or null when Readability finds no article. The document is changed.</summary>
    public static IElement? Find(IHtmlDocument document, string? url)
    {
        if (document.Body is { } body && DepthExceeds(body, MaxDepthForReadability))
        {
            return body;
        }
        IElement? content = null;
        var reader = new Reader(AbsoluteUriOrPlaceholder(url), document)
        {
            // Short news items (a few hundred characters) are articles too.
            CharThreshold = 200,
            // Readability strips class names from its result by default; the boilerplate rules read them.
            KeepClasses = true,
        };
        // Readability hands its final article element to end operations: keep it rather than re-parse its HTML.
        reader.AddCustomOperationEnd(element => content = element);
        try
        {
            // Article.IsReadable reports Readability's quick pre-check, which misses some real articles; whether an
            // article element came out is what counts.
            reader.GetArticle();
        }
        catch (Exception)
        {
            // Readability was written for pages browsers render; a malformed one must not stop the ingest.
            return null;
        }
        return content;
    }

    private static bool DepthExceeds(IElement root, int limit)
    {
        var pending = new Stack<(IElement Element, int Depth)>();
        pending.Push((root, 1));
        while (pending.Count > 0)
        {
            var (element, depth) = pending.Pop();
            if (depth > limit)
            {
                return true;
            }
            foreach (var child in element.Children)
            {
                pending.Push((child, depth + 1));
            }
        }
        return false;
    }

    private static string AbsoluteUriOrPlaceholder(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri
            : PlaceholderUri;
}
