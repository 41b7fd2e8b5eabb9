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

    /// <summary>The main-content element, or null when Readability finds no article. The document is changed.</summary>
    public static IElement? Find(IHtmlDocument document, string? url)
    {
        IElement? content = null;
        var reader = new Reader(AbsoluteUriOrPlaceholder(url), document)
        {
            // Short news items (a few hundred characters) are articles too.
            CharThreshold = 200,
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

    private static string AbsoluteUriOrPlaceholder(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri
            : PlaceholderUri;
}
