namespace Marsad.Storage.Reading;

/// <summary>A storyline as listed: its title, size and span.</summary>
public sealed record StorylineSummary(
    string Id,
    string Title,
    int EventCount,
    int ArticleCount,
    int OutletCount,
    DateTime First,
    DateTime Last);
