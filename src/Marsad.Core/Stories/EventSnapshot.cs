namespace Marsad.Stories;

/// <summary>An event as it is handed to storage: immutable.</summary>
public sealed record EventSnapshot(
    string Id,
    string StorylineId,
    DateTime First,
    DateTime Last,
    int ArticleCount,
    string Title,
    IReadOnlyList<KeyValuePair<string, float>> Centroid);
