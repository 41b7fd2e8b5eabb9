using Marsad.Articles;

namespace Marsad.Extraction.Text;

/// <summary>What the plain-text extractor made of a page: title, body paragraphs, metadata lines, and the rest.</summary>
public sealed record PlainTextExtraction(
    string Title,
    IReadOnlyList<string> Paragraphs,
    PublicationDate? Published,
    string? Outlet,
    IReadOnlyList<RemovedText> Removed)
{
    public string Body => string.Join("\n\n", Paragraphs);
}
