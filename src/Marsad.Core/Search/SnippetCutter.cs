using Marsad.Text;

namespace Marsad.Search;

/// <summary>
/// Cuts what a search shows of an article from its display text, never from the keys the index holds: the text is
/// analyzed again as it was for the index, and the words whose keys match keep their offsets into the text.
/// </summary>
public sealed class SnippetCutter(MatchKeyAnalyzer analyzer)
{
    /// <summary>Words a snippet shows, and how many of them lead up to its first match.</summary>
    public const int Words = 36;
    private const int LeadIn = 6;

    public static SnippetCutter Default { get; } = new(MatchKeyAnalyzer.Default);

    /// <summary>The whole text with its matches marked (for titles).</summary>
    public Snippet Mark(string text, SearchTerms terms)
    {
        var tokens = analyzer.Analyze(text);
        return new Snippet(text, Highlights(tokens, terms, 0, tokens.Count, 0), false, false);
    }

    /// <summary>
    /// The window of <see cref="Words"/> words that holds the most different search terms (then the most
    /// matches, then the earliest), or the text's opening when nothing in it matches.
    /// </summary>
    public Snippet Cut(string text, SearchTerms terms)
    {
        var tokens = analyzer.Analyze(text);
        if (tokens.Count <= Words)
        {
            return new Snippet(text, Highlights(tokens, terms, 0, tokens.Count, 0), false, false);
        }
        var first = BestWindow(tokens, terms);
        var last = Math.Min(tokens.Count, first + Words) - 1;
        var start = first == 0 ? 0 : tokens[first].Span.Start;
        var end = last == tokens.Count - 1 ? text.Length : tokens[last].Span.End;
        return new Snippet(text[start..end], Highlights(tokens, terms, first, last + 1, start), start > 0, end < text.Length);
    }

    private static int BestWindow(List<MatchToken> tokens, SearchTerms terms)
    {
        var matched = new List<(int Index, int Term)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsStopword && terms.Match(tokens[i].Key, out var term) != MatchKind.None)
            {
                matched.Add((i, term));
            }
        }
        var best = (Start: 0, Distinct: 0, Count: 0);
        var inWindow = new HashSet<int>();
        foreach (var (index, _) in matched)
        {
            var start = Math.Clamp(index - LeadIn, 0, Math.Max(0, tokens.Count - Words));
            inWindow.Clear();
            var count = 0;
            foreach (var (other, term) in matched)
            {
                if (other >= start && other < start + Words)
                {
                    inWindow.Add(term);
                    count++;
                }
            }
            if (inWindow.Count > best.Distinct || (inWindow.Count == best.Distinct && count > best.Count))
            {
                best = (start, inWindow.Count, count);
            }
        }
        return best.Start;
    }

    private static List<TextSpan> Highlights(List<MatchToken> tokens, SearchTerms terms, int from, int to, int offset)
    {
        var highlights = new List<TextSpan>();
        for (var i = from; i < to; i++)
        {
            var token = tokens[i];
            if (!token.IsStopword && terms.Match(token.Key, out _) != MatchKind.None)
            {
                highlights.Add(new TextSpan(token.Span.Start - offset, token.Span.End - offset));
            }
        }
        return highlights;
    }
}
