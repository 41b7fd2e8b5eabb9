using Marsad.Articles;

namespace Marsad.Extraction.Html;

/// <summary>
/// What an HTML page says about the article it carries: the main text word for word, and the metadata found
/// beside it. Every field but <see cref="Paragraphs"/> may be missing; nothing is invented.
/// </summary>
/// <param name="Title">The headline, without the site's name appended to it.</param>
/// <param name="Paragraphs">The main text, one entry per paragraph, in page order; no menus, captions or widgets.</param>
/// <param name="Published">The publication date from the page's metadata (never its modification date).</param>
/// <param name="SiteName">The outlet as the page names itself (<c>og:site_name</c>, JSON-LD publisher).</param>
/// <param name="Language">The declared language (<c>&lt;html lang&gt;</c>), e.g. <c>ar</c>.</param>
/// <param name="Direction"><c>rtl</c> or <c>ltr</c> when the page declares it.</param>
public sealed record HtmlExtraction(
    string? Title,
    IReadOnlyList<string> Paragraphs,
    PublicationDate? Published,
    string? SiteName,
    string? Author,
    string? Language,
    string? Direction)
{
    /// <summary>Which metadata gave <see cref="Published"/>: <c>json-ld datePublished</c>, <c>meta article:published_time</c>, <c>url</c>, ...</summary>
    public string? PublishedSource { get; init; }

    /// <summary>The main text as display text: paragraphs separated by a blank line.</summary>
    public string Text => string.Join("\n\n", Paragraphs);
}
