namespace Marsad.Summaries;

/// <summary>One article of an event, as the summarizer reads it.</summary>
public sealed record SummarySource(string ArticleId, string? Outlet, DateTime Time, string Title, string Text, bool IsCopy);
