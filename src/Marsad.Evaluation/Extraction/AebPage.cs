namespace Marsad.Evaluation.Extraction;

/// <summary>One page of the article-extraction benchmark: its HTML file and the ground-truth article body.</summary>
public sealed record AebPage(string Id, string? Url, string ArticleBody, string HtmlPath);
