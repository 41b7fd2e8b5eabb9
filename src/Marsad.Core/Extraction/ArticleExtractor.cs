using Marsad.Articles;
using Marsad.Extraction.Html;
using Marsad.Extraction.Text;

namespace Marsad.Extraction;

/// <summary>
/// The extraction stage: a <see cref="RawArticle"/> in, an <see cref="ExtractedArticle"/> out. Plain text goes
/// through <see cref="PlainTextExtractor"/>; HTML through <see cref="HtmlArticleExtractor"/>. What the caller gave
/// wins over what the page says; the page's metadata wins over its text; the text wins over the fetch time.
/// </summary>
public static class ArticleExtractor
{
    /// <summary>The extracted article, or null with <paramref name="problem"/> saying why there is none.</summary>
    public static ExtractedArticle? Extract(RawArticle raw, out string? problem)
    {
        problem = null;
        var page = raw.Text is null && raw.Html is not null ? FromHtml(raw) : FromText(raw);
        if (page.Text.Length == 0)
        {
            problem = "no article text was found in it";
            return null;
        }
        var (published, from) = ChoosePublished(raw, page);
        return new ExtractedArticle(
            Id: raw.Id,
            Title: page.Title,
            Text: page.Text,
            Outlet: Clean(raw.Outlet) ?? page.Outlet,
            Published: published,
            PublishedFrom: from,
            Url: Clean(raw.Url),
            Author: Clean(raw.Author) ?? page.Author,
            Fetched: PublicationDate.TryParseIso(raw.Fetched, out var fetched) ? fetched.Value : null);
    }

    /// <summary>What either extractor found, in the shape the rest of this stage needs.</summary>
    private sealed record Page(string Title, string Text, string? Outlet, string? Author, PublicationDate? Metadata, PublicationDate? InText);

    private static Page FromText(RawArticle raw)
    {
        var page = PlainTextExtractor.Extract(raw.Text ?? string.Empty, raw.Title);
        return new Page(page.Title, page.Body, page.Outlet, null, null, page.Published);
    }

    private static Page FromHtml(RawArticle raw)
    {
        var page = HtmlArticleExtractor.Extract(raw.Html!, raw.Url);
        var title = Clean(raw.Title) ?? Clean(page.Title) ?? string.Empty;
        return new Page(title, page.Text, Clean(page.SiteName), Clean(page.Author), page.Published, null);
    }

    private static (PublicationDate? Date, PublishedFrom From) ChoosePublished(RawArticle raw, Page page)
    {
        if (PublicationDate.TryParseIso(raw.Published, out var given))
        {
            return (given, PublishedFrom.Input);
        }
        if (page.Metadata is { } metadata)
        {
            return (metadata, PublishedFrom.Metadata);
        }
        if (page.InText is { } inText)
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
}
