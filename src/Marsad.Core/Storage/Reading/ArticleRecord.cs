using Marsad.Dates;
using Marsad.Entities;

namespace Marsad.Storage.Reading;

/// <summary>A stored article with everything JSONL.md exports for it.</summary>
public sealed record ArticleRecord(
    string Id,
    string Title,
    string Text,
    string? Outlet,
    string? Published,
    string PublishedFrom,
    string? DuplicateOf,
    string EventId,
    string StorylineId,
    string? Url,
    string? Author,
    string? Dateline,
    string? Agency,
    IReadOnlyList<DateMention> Dates)
{
    /// <summary>The named entities of the text, in text order, with their keys.</summary>
    public IReadOnlyList<ArticleEntity> Entities { get; init; } = [];
}
