using Marsad.Analysis;

namespace Marsad.Summaries;

/// <summary>
/// An extractive summary of an event: the headline closest to what all its articles' titles say, then a few
/// sentences that are central to the event (close to the centroid of its articles' leads), not redundant with
/// one another (maximal marginal relevance) and drawn from several outlets where there are several. Copies are
/// left out of the choice (they repeat their original) but count for the facts.
/// </summary>
public static class EventSummarizer
{
    private const int LeadSentences = 6;
    private const int MinWords = 6;
    private const int MaxWords = 70;
    private const double Relevance = 0.7;
    private const double SameArticlePenalty = 0.7;

    public static EventSummary Summarize(IReadOnlyList<SummarySource> sources)
    {
        var originals = sources.Where(s => !s.IsCopy).OrderBy(s => s.Time).ToList();
        if (originals.Count == 0)
        {
            originals = sources.OrderBy(s => s.Time).ToList();
        }
        if (originals.Count == 0)
        {
            return new EventSummary(string.Empty, [], []);
        }
        if (originals.Count == 1)
        {
            return new EventSummary(originals[0].Title, LeadOf(originals[0]), AgreedFactFinder.Find(sources));
        }
        var headline = Headline(originals);
        var candidates = Candidates(originals);
        var centroid = SentenceVectors.Centroid(originals.Select(o => SentenceVectors.Of(Lead(o))));
        var wanted = originals.Count >= 3 ? 3 : 2;
        var chosen = Choose(candidates, centroid, wanted);
        var sentences = chosen
            .OrderBy(c => c.Source.Time).ThenBy(c => c.Position)
            .Select(c => new SummarySentence(c.Text, c.Source.ArticleId, c.Source.Outlet))
            .ToList();
        return new EventSummary(headline, sentences, AgreedFactFinder.Find(sources));
    }

    /// <summary>The title nearest the centroid of all the titles; the earliest among equals.</summary>
    private static string Headline(List<SummarySource> originals)
    {
        var titles = originals.Select(o => (o.Title, Vector: SentenceVectors.Of(o.Title))).ToList();
        var centroid = SentenceVectors.Centroid(titles.Select(t => t.Vector));
        return titles.OrderByDescending(t => Math.Round(centroid.Cosine(t.Vector), 4)).First().Title;
    }

    /// <summary>
    /// One report is summarized by its lead: its first sentences of a readable length, as news states its happening
    /// first. Most events have one report, and this spares them the vectors a choice among outlets needs.
    /// </summary>
    private static List<SummarySentence> LeadOf(SummarySource source) =>
        ReadableLeadSentences(source).Take(2)
            .Select(sentence => new SummarySentence(sentence.Text, source.ArticleId, source.Outlet))
            .ToList();

    private sealed record Candidate(SummarySource Source, int Position, string Text, TermVector Vector);

    private static List<Candidate> Candidates(List<SummarySource> originals) =>
        originals.SelectMany(source => ReadableLeadSentences(source)
                .Select(sentence => new Candidate(source, sentence.Position, sentence.Text, SentenceVectors.Of(sentence.Text))))
            .ToList();

    /// <summary>
    /// The sentences among a report's first few that a summary can take (of a readable length), with their position
    /// among all its sentences.
    /// </summary>
    private static IEnumerable<(int Position, string Text)> ReadableLeadSentences(SummarySource source) =>
        SentenceSplitter.Split(source.Text, LeadSentences)
            .Select((span, position) => (Position: position, Text: source.Text[span.Start..span.End]))
            .Where(sentence => Text.WordTokenizer.Count(sentence.Text, MaxWords + 1) is >= MinWords and <= MaxWords);

    /// <summary>
    /// Greedy maximal marginal relevance: each next sentence is the most central one that repeats the chosen least,
    /// earlier sentences of an article weigh a little more (news states the happening first), and a second
    /// sentence from an article already used weighs less, so several outlets speak.
    /// </summary>
    private static List<Candidate> Choose(List<Candidate> candidates, SparseSum centroid, int wanted)
    {
        var chosen = new List<Candidate>();
        var left = candidates.ToList();
        while (chosen.Count < wanted && left.Count > 0)
        {
            Candidate? best = null;
            var bestScore = double.MinValue;
            foreach (var candidate in left)
            {
                var relevance = centroid.Cosine(candidate.Vector) * (1 - 0.05 * candidate.Position);
                var redundancy = chosen.Count == 0 ? 0 : chosen.Max(c => (double)c.Vector.Dot(candidate.Vector));
                var score = Relevance * relevance - (1 - Relevance) * redundancy;
                if (chosen.Any(c => c.Source.ArticleId == candidate.Source.ArticleId))
                {
                    score *= SameArticlePenalty;
                }
                if (score > bestScore)
                {
                    (best, bestScore) = (candidate, score);
                }
            }
            if (best is null || (chosen.Count > 0 && chosen.Max(c => c.Vector.Dot(best.Vector)) > 0.8))
            {
                break;
            }
            chosen.Add(best);
            left.Remove(best);
        }
        return chosen;
    }

    /// <summary>The title and the first paragraph: where a report states its happening.</summary>
    private static string Lead(SummarySource source)
    {
        var end = source.Text.IndexOf("\n\n", StringComparison.Ordinal);
        return source.Title + "\n" + (end < 0 ? source.Text : source.Text[..end]);
    }
}
