namespace Marsad.Extraction.Html;

/// <summary>What a page's schema.org JSON-LD says about its article (NewsArticle, Article, BlogPosting, ...).</summary>
internal sealed record JsonLdArticle(
    string? Type,
    string? Headline,
    string? DatePublished,
    string? DateCreated,
    string? DateModified,
    IReadOnlyList<string> Authors,
    string? PublisherName,
    string? ArticleBody)
{
    public static readonly JsonLdArticle None = new(null, null, null, null, null, [], null, null);
}
