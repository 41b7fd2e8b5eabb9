namespace Marsad.Stories;

/// <summary>Where an article landed: its event and storyline, the article it copies if any, and whether it was an update.</summary>
public sealed record ArticlePlacement(
    string ArticleId,
    PlacementKind Kind,
    string EventId,
    string StorylineId,
    string? DuplicateOf,
    bool Updated,
    double Similarity);
