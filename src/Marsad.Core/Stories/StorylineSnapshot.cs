namespace Marsad.Stories;

/// <summary>A storyline as it is handed to storage: immutable.</summary>
public sealed record StorylineSnapshot(
    string Id,
    DateTime First,
    DateTime Last,
    int EventCount,
    int ArticleCount,
    IReadOnlyList<KeyValuePair<string, float>> Profile);
