using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Marsad.Articles;

namespace Marsad.Extraction.Html;

/// <summary>
/// Finds when a page's article was published, from its metadata, most reliable source first. Modification
/// dates are never taken for publication dates. The order matters: JSON-LD and Open Graph name the article's own
/// date; a bare <c>&lt;time&gt;</c> or a <c>date</c> meta tag is more often the page's or today's date.
/// </summary>
internal static partial class PublicationDateFinder
{
    private static readonly string[] OpenGraphKeys =
        ["article:published_time", "og:published_time", "article:published", "og:article:published_time", "og:pubdate"];

    private static readonly string[] NamedMetaKeys =
    [
        "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "published_time", "published-date",
        "publication_date", "original-publish-date", "article.published", "article_date_original", "parsely-pub-date",
        "sailthru.date", "cxenseparse:recs:publishtime", "dc.date.issued", "dcterms.issued", "dc.date.created",
        "dcterms.created", "dc.date", "dcterms.date", "citation_publication_date", "citation_date", "datecreated",
        "date",
    ];

    public static FoundDate? Find(PageMetadata page)
    {
        return Parse(page.JsonLd.DatePublished, "json-ld datePublished")
            ?? FromMeta(page.Meta, OpenGraphKeys)
            ?? FromItemprop(page.Document)
            ?? FromMeta(page.Meta, NamedMetaKeys)
            ?? FromTimeElements(page.Document)
            ?? Parse(page.JsonLd.DateCreated, "json-ld dateCreated")
            ?? FromDatedElements(page.Document)
            ?? FromUrl(page.Url);
    }

    private static FoundDate? Parse(string? text, string source) =>
        MetadataDateParser.Parse(text) is { } date ? new FoundDate(date, source) : null;

    private static FoundDate? FromMeta(MetaTags meta, string[] keys)
    {
        foreach (var key in keys)
        {
            if (Parse(meta.First(key), "meta " + key) is { } found)
            {
                return found;
            }
        }
        return null;
    }

    /// <summary>Microdata on any element: <c>&lt;time itemprop="datePublished" datetime&gt;</c>, <c>&lt;span itemprop&gt;</c>.</summary>
    private static FoundDate? FromItemprop(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll("[itemprop]"))
        {
            if (element.GetAttribute("itemprop")!.Contains("datePublished", StringComparison.OrdinalIgnoreCase)
                && Parse(ValueOf(element), "itemprop datePublished") is { } found)
            {
                return found;
            }
        }
        return null;
    }

    /// <summary>
    /// <c>&lt;time pubdate&gt;</c>, then a <c>&lt;time&gt;</c> whose class says published, then the first
    /// <c>&lt;time datetime&gt;</c> inside the article, never one marked as an update.
    /// </summary>
    private static FoundDate? FromTimeElements(IDocument document)
    {
        var times = document.QuerySelectorAll("time").Where(t => !IsModification(t)).ToList();
        var marked = times.FirstOrDefault(t => t.HasAttribute("pubdate"))
            ?? times.FirstOrDefault(t => PublishedName().IsMatch($"{t.ClassName} {t.Id}"));
        if (marked is not null && Parse(ValueOf(marked), "time pubdate") is { } found)
        {
            return found;
        }
        var inArticle = times.FirstOrDefault(t => t.HasAttribute("datetime") && t.Closest("article") is not null);
        return inArticle is null ? null : Parse(inArticle.GetAttribute("datetime"), "time datetime in article");
    }

    /// <summary>
    /// An element whose class or id says it holds the publication date (<c>article_created</c>, <c>publish-date</c>,
    /// <c>post-date</c>) and whose short text is a date: the dateline many Arabic sites print under the headline.
    /// </summary>
    private static FoundDate? FromDatedElements(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll("[class], [id]"))
        {
            if (!PublishedName().IsMatch($"{element.ClassName} {element.Id}") || IsModification(element))
            {
                continue;
            }
            var text = element.TextContent;
            if (text.Length <= 120 && !UpdateWord().IsMatch(text) && Parse(text, "dated element") is { } found)
            {
                return found;
            }
        }
        return null;
    }

    /// <summary>Dates in the path, as many outlets write them: <c>/2024/5/13/</c>, <c>/2020-03-17/</c>, <c>/20200317</c>.</summary>
    private static FoundDate? FromUrl(string? url) =>
        UrlDate.Find(url) is { } day ? Parse(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "url") : null;

    private static string? ValueOf(IElement element) =>
        element.GetAttribute("content") ?? element.GetAttribute("datetime") ?? element.TextContent;

    private static bool IsModification(IElement element) =>
        ModifiedName().IsMatch($"{element.ClassName} {element.Id} {element.GetAttribute("itemprop")}");

    [GeneratedRegex(@"publish|pubdate|created|posted|post-date|post_date|entry-date|article-date|article_date|news-date|dateline",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PublishedName();

    [GeneratedRegex(@"modif|update|upd\b|lastmod|edited", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ModifiedName();

    /// <summary>"Last updated" in a dateline's own words: آخر تحديث، محدث، updated.</summary>
    [GeneratedRegex(@"تحديث|محدث|updated|modified", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UpdateWord();
}
