using System.Diagnostics;
using Marsad.Dates;

namespace Marsad.Evaluation.Dates;

/// <summary>
/// Runs Marsad's date recognizer, and the dateparser peer unless told not to, over a TimeML folder and scores
/// both the same way. The set gives no document date, so Marsad runs without a reference: spans and types are
/// scored everywhere, values only where the annotation writes its year.
/// </summary>
public static class DateEvaluation
{
    public const int SpeedPasses = 20;

    public static DateEvaluationReport Run(DirectoryInfo folder, bool withPeer, DateRecognizer? recognizer = null)
    {
        recognizer ??= DateRecognizer.Default;
        var documents = TimeMlReader.ReadFolder(folder);
        var gold = documents.Select(d => d.Timexes).ToList();
        var systems = new List<SystemResult>();

        var stopwatch = Stopwatch.StartNew();
        var marsad = documents.Select(d => (IReadOnlyList<ScoredSpan>)recognizer.Find(d.Text).Select(ToScored).ToList()).ToList();
        stopwatch.Stop();
        systems.Add(new SystemResult("Marsad", DateSpanScorer.Score(gold.Zip(marsad)), null, stopwatch.Elapsed));

        if (withPeer)
        {
            var peer = DateparserPeer.Run(documents.Select(d => d.Text).ToList());
            systems.Add(peer.Available
                ? new SystemResult(peer.Name, DateSpanScorer.Score(gold.Zip(peer.Spans), withValues: false), null, peer.Elapsed,
                    peer.Unmapped)
                : new SystemResult(peer.Name, null, peer.Problem, TimeSpan.Zero));
        }

        var scored = gold.Sum(g => g.Count(t => DateSpanScorer.ScoredTypes.Contains(t.Type)));
        var characters = documents.Sum(d => d.Text.Length);
        return new DateEvaluationReport(folder.FullName, documents.Count, characters, scored, gold.Sum(g => g.Count) - scored,
            systems, WarmSpeed(recognizer, documents, characters));
    }

    /// <summary>Milliseconds per 3,000 characters, the best of twenty passes after the scored one (which paid for
    /// start-up; the passes give the JIT time to optimize the hot path): the pipeline runs the recognizer on every
    /// article of a stream.</summary>
    private static double WarmSpeed(DateRecognizer recognizer, IReadOnlyList<TimeMlDocument> documents, int characters)
    {
        var best = double.MaxValue;
        for (var pass = 0; pass < SpeedPasses; pass++)
        {
            var stopwatch = Stopwatch.StartNew();
            foreach (var document in documents)
            {
                recognizer.Find(document.Text);
            }
            best = Math.Min(best, stopwatch.Elapsed.TotalMilliseconds);
        }
        return characters == 0 ? 0 : best * 3000 / characters;
    }

    /// <summary>TimeML's DATE covers Marsad's dates, ranges and vague times; its TIME covers times and day-times.</summary>
    public static string TimeMlType(DateKind kind) => kind is DateKind.Time or DateKind.DateTime ? "TIME" : "DATE";

    private static ScoredSpan ToScored(DateMention mention) =>
        new(mention.Start, mention.End, TimeMlType(mention.Kind), mention.Value);
}
