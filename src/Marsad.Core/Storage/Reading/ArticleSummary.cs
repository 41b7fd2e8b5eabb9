namespace Marsad.Storage.Reading;

/// <summary>An article as listed under an event.</summary>
public sealed record ArticleSummary(
    string Id,
    string Title,
    string? Outlet,
    string? Published,
    string PublishedFrom,
    string? DuplicateOf,
    string? Url);
