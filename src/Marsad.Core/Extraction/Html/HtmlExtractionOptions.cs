namespace Marsad.Extraction.Html;

/// <summary>Switches for <see cref="HtmlArticleExtractor"/>; the defaults are what Marsad uses.</summary>
/// <param name="RemoveBoilerplate">
/// Narrow Readability's article to its prose, drop captions, galleries, related links and widgets left in it,
/// and drop paragraphs that only repeat the headline or a date.
/// Off only to measure what it adds.
/// </param>
public sealed record HtmlExtractionOptions(bool RemoveBoilerplate = true)
{
    public static readonly HtmlExtractionOptions Default = new();
}
