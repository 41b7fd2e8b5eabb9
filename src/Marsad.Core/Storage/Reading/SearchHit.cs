using Marsad.Search;

namespace Marsad.Storage.Reading;

/// <summary>
/// An article found by a search: what lists show of it, its title and a snippet of its text with the matching
/// words marked, and how it matched (every word as written, or some only as a spelling variant).
/// </summary>
/// <param name="Score">Relevance, higher is better; comparable only within one search.</param>
public sealed record SearchHit(
    ArticleSummary Article,
    string EventId,
    string StorylineId,
    Snippet Title,
    Snippet Snippet,
    MatchKind Match,
    double Score);
