namespace Marsad.Storage.Reading;

/// <summary>One event on a storyline's timeline: when, what, and who reported it.</summary>
public sealed record TimelineEntry(
    string EventId,
    DateTime First,
    DateTime Last,
    string Headline,
    int ArticleCount,
    IReadOnlyList<string> Outlets);
