using System.Collections.Frozen;
using Marsad.Text;

namespace Marsad.Search;

/// <summary>
/// A search as words to find: the query analyzed as the index was (so spelling, diacritics, tatweel and light
/// inflection do not matter), stopwords set aside, repeated words counted once.
/// </summary>
public sealed class SearchTerms
{
    /// <summary>More words than this make a query slow and no more precise; the rest are ignored.</summary>
    public const int MaximumTerms = 12;

    private readonly FrozenDictionary<string, int> keys;
    private readonly FrozenDictionary<string, int> looseKeys;

    private SearchTerms(IReadOnlyList<SearchTerm> terms, IReadOnlyList<string> ignored)
    {
        Terms = terms;
        Ignored = ignored;
        keys = terms.Select((t, i) => (t.Key, i)).ToFrozenDictionary(p => p.Key, p => p.i, StringComparer.Ordinal);
        // Two words of a query can share a loose key (ترمب ترامب): the first one counts.
        looseKeys = terms.Select((t, i) => (t.Loose, i)).Where(p => p.Loose is not null).DistinctBy(p => p.Loose)
            .ToFrozenDictionary(p => p.Loose!, p => p.i, StringComparer.Ordinal);
    }

    /// <summary>A search without words.</summary>
    public static SearchTerms None { get; } = new([], []);

    public IReadOnlyList<SearchTerm> Terms { get; }

    /// <summary>Words of the query that search cannot use: stopwords, and words past <see cref="MaximumTerms"/>.</summary>
    public IReadOnlyList<string> Ignored { get; }

    public bool IsEmpty => Terms.Count == 0;

    public static SearchTerms Parse(string? query, MatchKeyAnalyzer analyzer)
    {
        var terms = new List<SearchTerm>();
        var ignored = new List<string>();
        if (string.IsNullOrWhiteSpace(query))
        {
            return new SearchTerms(terms, ignored);
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in analyzer.Analyze(query))
        {
            var word = query[token.Span.Start..token.Span.End];
            if (token.IsStopword || terms.Count == MaximumTerms)
            {
                ignored.Add(word);
            }
            else if (seen.Add(token.Key))
            {
                terms.Add(new SearchTerm(word, token.Key, LooseKey.Of(token.Key)));
            }
        }
        return new SearchTerms(terms, ignored);
    }

    /// <summary>How a word of a text (by its match key) matches this search, and which term it matches (else -1).</summary>
    public MatchKind Match(string key, out int term)
    {
        if (keys.TryGetValue(key, out term))
        {
            return MatchKind.Exact;
        }
        if (looseKeys.Count > 0 && LooseKey.Of(key) is { } loose && looseKeys.TryGetValue(loose, out term))
        {
            return MatchKind.Variant;
        }
        term = -1;
        return MatchKind.None;
    }
}
