using Marsad.Articles;
using Marsad.Extraction.Html;
using Marsad.Extraction.Text;
using Marsad.Sources;

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
        var fetched = PublicationDate.TryParseIso(raw.Fetched, out var fetchedAt) ? fetchedAt : (PublicationDate?)null;
        var (published, from) = ChoosePublished(raw, page, fetched);
        var byline = BylineParser.Parse(raw.Author).Or(page.Byline);
        var outlet = Clean(raw.Outlet) ?? page.Outlet ?? byline.Outlet ?? SourceLexicon.Default.OutletOfUrl(raw.Url);
        return new ExtractedArticle(
            Id: raw.Id,
            Title: page.Title,
            Text: page.Text,
            Outlet: outlet,
            Published: published,
            PublishedFrom: from,
            Url: Clean(raw.Url),
            Author: byline.Author ?? page.Author,
            Dateline: byline.Dateline,
            Agency: AgencyApartFrom(byline.Agency ?? AgencyCredits.Find(page.Text), outlet),
            Fetched: fetched?.Value);
    }

    /// <summary>What either extractor found, in the shape the rest of this stage needs.</summary>
    private sealed record Page(string Title, string Text, string? Outlet, string? Author, Byline Byline,
        PublicationDate? Metadata, PublicationDate? InText);

    private static Page FromText(RawArticle raw)
    {
        var page = PlainTextExtractor.Extract(raw.Text ?? string.Empty, raw.Title);
        return new Page(page.Title, page.Body, page.Outlet, null, page.Byline, null, page.Published);
    }

    private static Page FromHtml(RawArticle raw)
    {
        var page = HtmlArticleExtractor.Extract(raw.Html!, raw.Url);
        var title = Clean(raw.Title) ?? Clean(page.Title) ?? string.Empty;
        var byline = page.Paragraphs.Count > 0 && BylineParser.TryParseDatelinePrefix(page.Paragraphs[0], out var dateline, out _)
            ? dateline
            : Byline.Empty;
        return new Page(title, page.Text, Clean(page.SiteName), Clean(page.Author), byline, page.Published, null);
    }

    /// <summary>
    /// The caller's date, then the page's metadata, a date line in the text, a date in the address; failing those,
    /// the fetch time (which the analysis stage may refine from the text's own references: اليوم الاثنين).
    /// </summary>
    private static (PublicationDate? Date, PublishedFrom From) ChoosePublished(RawArticle raw, Page page, PublicationDate? fetched)
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
        if (UrlDate.Find(raw.Url) is { } inAddress)
        {
            return (PublicationDate.OfDay(inAddress), PublishedFrom.Metadata);
        }
        return fetched is { } fetchedAt ? (fetchedAt, PublishedFrom.Fetched) : (null, PublishedFrom.None);
    }

    /// <summary>An agency is kept only when it is not the outlet itself (Sputnik's own dateline names Sputnik).</summary>
    private static string? AgencyApartFrom(string? agency, string? outlet) =>
        agency is null || (outlet is not null && (SourceLexicon.Default.Agency(outlet) == agency || SourceLexicon.Default.Outlet(outlet) == agency))
            ? null
            : agency;

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
