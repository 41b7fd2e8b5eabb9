namespace Marsad.Evaluation.Dates;

/// <summary>
/// Scores system spans against TimeML annotations of the scored types (DATE and TIME): strict and relaxed span
/// precision, recall and F1, and type accuracy over relaxed matches. Matching is one to one, in text order.
/// </summary>
public static class DateSpanScorer
{
    public static readonly IReadOnlySet<string> ScoredTypes = new HashSet<string>(["DATE", "TIME"], StringComparer.Ordinal);

    /// <summary>Scores many documents: for each, all its annotations (any type) and the system's spans. Values are
    /// compared only for a system that gives them (<paramref name="withValues"/>).</summary>
    public static DateScores Score(
        IEnumerable<(IReadOnlyList<TimexAnnotation> Gold, IReadOnlyList<ScoredSpan> System)> documents, bool withValues = true)
    {
        int strict = 0, relaxed = 0, system = 0, gold = 0, types = 0, setAside = 0, valuesChecked = 0, valuesCorrect = 0;
        foreach (var (annotations, spans) in documents)
        {
            var scored = annotations.Where(a => ScoredTypes.Contains(a.Type))
                .Select(a => new ScoredSpan(a.Start, a.End, a.Type, a.Value)).ToList();
            var unscored = annotations.Where(a => !ScoredTypes.Contains(a.Type))
                .Select(a => new ScoredSpan(a.Start, a.End, a.Type)).ToList();
            var counted = spans.Where(s => scored.Any(s.Overlaps) || !unscored.Any(s.Overlaps)).ToList();
            setAside += spans.Count - counted.Count;
            system += counted.Count;
            gold += scored.Count;
            strict += MatchOneToOne(scored, counted, (g, s) => g.Start == s.Start && g.End == s.End).Count;
            var pairs = MatchOneToOne(scored, counted, (g, s) => g.Overlaps(s));
            relaxed += pairs.Count;
            types += pairs.Count(p => string.Equals(p.Gold.Type, p.System.Type, StringComparison.Ordinal));
            foreach (var (g, s) in pairs.Where(p => withValues && HasExplicitYear(annotations, p.Gold)))
            {
                valuesChecked++;
                valuesCorrect += string.Equals(g.Value, s.Value, StringComparison.Ordinal) ? 1 : 0;
            }
        }
        return new DateScores(
            new PrecisionRecall(strict, system, gold), new PrecisionRecall(relaxed, system, gold), types, setAside,
            valuesChecked, valuesCorrect);
    }

    /// <summary>Each annotation takes the first system span, in text order, that fits and is still free.</summary>
    private static List<(ScoredSpan Gold, ScoredSpan System)> MatchOneToOne(
        List<ScoredSpan> gold, List<ScoredSpan> system, Func<ScoredSpan, ScoredSpan, bool> fits)
    {
        var taken = new bool[system.Count];
        var pairs = new List<(ScoredSpan, ScoredSpan)>();
        foreach (var g in gold)
        {
            for (var i = 0; i < system.Count; i++)
            {
                if (!taken[i] && fits(g, system[i]))
                {
                    taken[i] = true;
                    pairs.Add((g, system[i]));
                    break;
                }
            }
        }
        return pairs;
    }

    /// <summary>An annotation whose own text writes a four-digit year: its value is absolute.</summary>
    private static bool HasExplicitYear(IReadOnlyList<TimexAnnotation> annotations, ScoredSpan gold)
    {
        var text = annotations.First(a => a.Start == gold.Start && a.End == gold.End).Text;
        var run = 0;
        foreach (var c in text)
        {
            run = char.IsAsciiDigit(c) || c is >= '\u0660' and <= '\u0669' ? run + 1 : 0;
            if (run == 4)
            {
                return true;
            }
        }
        return false;
    }
}
