namespace Marsad.Articles;

/// <summary>
/// An article after extraction: its clean display text (word for word, never folded), title and metadata.
/// </summary>
/// <param name="Text">The clean main text: paragraphs separated by a blank line.</param>
/// <param name="Agency">A news agency credited for the content (واس، رويترز), kept apart from the outlet.</param>
public sealed record ExtractedArticle(
    string Id,
    string Title,
    string Text,
    string? Outlet,
    PublicationDate? Published,
    PublishedFrom PublishedFrom,
    string? Url = null,
    string? Author = null,
    string? Dateline = null,
    string? Agency = null,
    DateTime? Fetched = null)
{
    /// <summary>
    /// The moment the article enters the stream: its publication time, else when it was fetched. A publication date
    /// without a time of day could be any time that day, so it enters at midday, at most half a day off either way.
    /// </summary>
    public DateTime? StreamTime => Published is { } published
        ? published.HasTime ? published.Value : published.Value.Date.AddHours(12)
        : Fetched;
}
