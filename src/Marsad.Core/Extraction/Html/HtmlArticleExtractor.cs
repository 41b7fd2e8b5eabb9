using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Marsad.Extraction.Html;

/// <summary>
/// Extracts an article from a raw HTML page: main text, title, publication date, site name, author, language.
/// Works on the string alone (never fetches anything) and never throws on malformed HTML: what cannot be found
/// is left empty. Safe to call from several threads at once.
/// </summary>
public static class HtmlArticleExtractor
{
    public static HtmlExtraction Extract(string html, string? url = null, HtmlExtractionOptions? options = null)
    {
        options ??= HtmlExtractionOptions.Default;
        var document = new HtmlParser().ParseDocument(html);

        // Metadata first: Readability rewrites the document (it drops scripts, and JSON-LD lives in scripts).
        var page = PageMetadata.Read(document, url);
        var siteName = SiteNameFinder.Find(page);
        var title = TitleFinder.Find(page, SiteNameFinder.NamesForTitles(page, siteName));
        var published = PublicationDateFinder.Find(page);
        var author = AuthorFinder.Find(page, siteName);

        var paragraphs = MainText(document, url, title, options);
        return new HtmlExtraction(title, paragraphs.AsReadOnly(), published?.Date, siteName, author,
            PageLanguage.Language(page), PageLanguage.Direction(page))
        {
            PublishedSource = published?.Source,
        };
    }

    private static List<string> MainText(IHtmlDocument document, string? url, string? title, HtmlExtractionOptions options)
    {
        var content = ReadabilityContentFinder.Find(document, url);
        if (content is null)
        {
            return [];
        }
        if (!options.RemoveBoilerplate)
        {
            return ParagraphCollector.Collect(content);
        }
        // Narrow before removing boilerplate: the narrower weighs prose, and what it cuts off needs no cleaning.
        content = ProseNarrower.Narrow(content);
        BoilerplateRemover.Clean(content);
        return ParagraphFilter.Filter(ParagraphCollector.Collect(content), title);
    }
}
