namespace Marsad.Summaries;

/// <summary>A sentence chosen for a summary, word for word, with the article and outlet it comes from.</summary>
public sealed record SummarySentence(string Text, string ArticleId, string? Outlet);
