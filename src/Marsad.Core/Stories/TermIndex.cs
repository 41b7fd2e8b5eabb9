namespace Marsad.Stories;

/// <summary>
/// An inverted index from terms to the events or storylines whose heaviest terms they are, so that an article
/// is compared only with the few that share something with it rather than with everything in memory.
/// </summary>
public sealed class TermIndex<T> where T : class
{
    private readonly Dictionary<string, HashSet<T>> postings = new(StringComparer.Ordinal);
    private readonly Dictionary<T, string[]> indexedTerms = new(ReferenceEqualityComparer.Instance);

    /// <summary>Reused by every lookup (the index belongs to one sequential stage): a fresh one per article was a tenth of its garbage.</summary>
    private readonly Dictionary<T, int> hits = new(ReferenceEqualityComparer.Instance);

    public void Index(T item, IEnumerable<string> terms)
    {
        Remove(item);
        var list = terms.ToArray();
        foreach (var term in list)
        {
            if (!postings.TryGetValue(term, out var items))
            {
                postings[term] = items = new HashSet<T>(ReferenceEqualityComparer.Instance);
            }
            items.Add(item);
        }
        indexedTerms[item] = list;
    }

    public void Remove(T item)
    {
        if (!indexedTerms.Remove(item, out var terms))
        {
            return;
        }
        foreach (var term in terms)
        {
            if (postings.TryGetValue(term, out var items) && items.Remove(item) && items.Count == 0)
            {
                postings.Remove(term);
            }
        }
    }

    /// <summary>
    /// The items indexed under at least <paramref name="minShared"/> of <paramref name="terms"/>, skipping terms
    /// held by more than <paramref name="maxPostings"/> items (a term that many clusters share says nothing about
    /// which one fits). A real match shares several of an article's heaviest terms, so this loses nothing that
    /// the similarity threshold would keep, and spares computing it for hundreds of clusters that share one word.
    /// </summary>
    public List<T> Candidates(IEnumerable<string> terms, int maxPostings, int minShared)
    {
        hits.Clear();
        foreach (var term in terms)
        {
            if (postings.TryGetValue(term, out var items) && items.Count <= maxPostings)
            {
                foreach (var item in items)
                {
                    hits[item] = hits.GetValueOrDefault(item) + 1;
                }
            }
        }
        var found = new List<T>();
        foreach (var (item, shared) in hits)
        {
            if (shared >= minShared)
            {
                found.Add(item);
            }
        }
        return found;
    }
}
