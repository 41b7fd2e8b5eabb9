using Marsad.Articles;
using Marsad.Sources;

namespace Marsad.Extraction.Text;

/// <summary>What the plain-text extractor made of a page: title, body paragraphs, metadata lines, and the rest.</summary>
/// <param name="Byline">Who and where from, as byline lines and a dateline opening the first paragraph said.</param>
public sealed record PlainTextExtraction(
    string Title,
    IReadOnlyList<string> Paragraphs,
    PublicationDate? Published,
    string? Outlet,
    Byline Byline,
    IReadOnlyList<RemovedText> Removed)
{
    public string Body => string.Join("\n\n", Paragraphs);
}
