namespace Marsad.Storage.Reading;

/// <summary>One page of a search, with how many articles match in all.</summary>
/// <param name="Words">The words searched for, as the user wrote them.</param>
/// <param name="Ignored">Words of the query that were not searched (stopwords, or too many words).</param>
public sealed record SearchResults(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyList<string> Words,
    IReadOnlyList<string> Ignored);
