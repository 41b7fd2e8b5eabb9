using Marsad.Storage.Reading;

namespace Marsad.Storage;

/// <summary>
/// What hosts search in a store: articles by their words, in any of their spellings, ranked, each with a snippet
/// of its display text; and the filters a search can take.
/// </summary>
public interface ISearchReader
{
    /// <summary>Whether <see cref="SearchQuery.Entity"/> can be used: only once the store holds entities.</summary>
    bool CanFilterByEntity { get; }

    /// <summary>
    /// Articles matching every word of the query (as written or as a spelling variant), best first: those that match
    /// every word as written before those that need a variant, then by relevance. With no words, the articles the
    /// filters allow, newest first.
    /// </summary>
    /// <exception cref="NotSupportedException">An entity filter while <see cref="CanFilterByEntity"/> is false.</exception>
    SearchResults Search(SearchQuery query);

    /// <summary>The outlets articles came from, with how many each, most first (for the outlet filter).</summary>
    IReadOnlyList<OutletSummary> Outlets();
}
