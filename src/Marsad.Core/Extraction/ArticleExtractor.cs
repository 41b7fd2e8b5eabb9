using Marsad.Articles;
using Marsad.Extraction.Text;

namespace Marsad.Extraction;

/// <summary>
/// The extraction stage: a <see cref="RawArticle"/> in, an <see cref="ExtractedArticle"/> out. Plain text goes
/// through <see cref="PlainTextExtractor"/>; HTML through the HTML extractor first. Metadata given with the input
/// wins over what the text says; the text wins over the fetch time.
/// </summary>
public static class ArticleExtractor
{
    /// <summary>The extracted article, or null with <paramref name="problem"/> saying why there is none.</summary>
    public static ExtractedArticle? Extract(RawArticle raw, out string? problem)
    {
        problem = null;
        var text = raw.Text ?? HtmlToText(raw.Html ?? string.Empty);
        var page = PlainTextExtractor.Extract(text, raw.Title);
        if (page.Paragraphs.Count == 0)
        {
            problem = "no article text was found in it";
            return null;
        }
        var (published, from) = ChoosePublished(raw, page);
        return new ExtractedArticle(
            Id: raw.Id,
            Title: page.Title,
            Text: page.Body,
            Outlet: Clean(raw.Outlet) ?? page.Outlet,
            Published: published,
            PublishedFrom: from,
            Url: Clean(raw.Url),
            Author: Clean(raw.Author),
            Fetched: PublicationDate.TryParseIso(raw.Fetched, out var fetched) ? fetched.Value : null);
    }

    private static (PublicationDate? Date, PublishedFrom From) ChoosePublished(RawArticle raw, PlainTextExtraction page)
    {
        if (PublicationDate.TryParseIso(raw.Published, out var given))
        {
            return (given, PublishedFrom.Input);
        }
        if (page.Published is { } inText)
        {
            return (inText, PublishedFrom.Text);
        }
        if (PublicationDate.TryParseIso(raw.Fetched, out var fetched))
        {
            return (fetched, PublishedFrom.Fetched);
        }
        return (null, PublishedFrom.None);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Interim: block text of the page body; the HTML extractor replaces this.</summary>
    private static string HtmlToText(string html)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        foreach (var element in document.QuerySelectorAll("script,style,nav,header,footer,aside,noscript,iframe"))
        {
            element.Remove();
        }
        var title = document.Title ?? string.Empty;
        var blocks = document.QuerySelectorAll("h1,h2,h3,p,li").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0);
        return title + "\n\n" + string.Join("\n\n", blocks);
    }
}
