using AngleSharp.Dom;

namespace Marsad.Extraction.Html;

/// <summary>
/// The parts of a parsed page that the metadata finders read, gathered once: the document (read before Readability
/// changes it), its meta tags, its JSON-LD article node and the page's URL.
/// </summary>
internal sealed record PageMetadata(IDocument Document, MetaTags Meta, JsonLdArticle JsonLd, string? Url)
{
    public static PageMetadata Read(IDocument document, string? url) =>
        new(document, new MetaTags(document), JsonLdReader.Read(document), url);
}
