using System.Diagnostics;
using Marsad.Input;
using Marsad.Storage;
using Marsad.Stories;

namespace Marsad.Pipeline;

/// <summary>
/// The whole ingest, assembled in one visible place: read → extract and analyze (in parallel) → order by time
/// within a window → place (copies, events, storylines; in order) → write in batches, one transaction each.
/// Problems with single items are reported and skipped; everything else goes on.
/// </summary>
public sealed class IngestPipeline(IStoryStateSource source, IStoryWriter writer, IngestOptions options)
{
    private readonly ArticleAnalyzer analyzer = options.Enrich ? ArticleAnalyzer.Default : ArticleAnalyzer.WithoutEnrichment;
    private readonly HashSet<string> touchedEvents = new(StringComparer.Ordinal);
    /// <summary>The storylines the stream touched, with how many articles each holds.</summary>
    private readonly Dictionary<string, int> touchedStorylines = new(StringComparer.Ordinal);

    /// <summary>Called for every problem as it is met (an unreadable file, a bad line, an empty article).</summary>
    public event Action<InputProblem>? ProblemFound;

    /// <summary>Called as articles are read, at most every few hundred.</summary>
    public event Action<IngestProgress>? Progressed;

    public IngestReport Run(IEnumerable<InputItem> input, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        var tally = new IngestTally();
        var store = new WriteBehind(source, writer);
        try
        {
            var builder = new StoryBuilder(store, options.Stories);
            var window = new List<AnalyzedArticle>(options.ReorderWindow);
            var streamClock = DateTime.MinValue;
            foreach (var result in AnalyzeAhead(input, cancellation))
            {
                if (result.Problem is { } problem)
                {
                    tally.Problems++;
                    ProblemFound?.Invoke(problem);
                }
                else
                {
                    window.Add(result.Article!);
                }
                tally.Read++;
                if (tally.Read % 250 == 0)
                {
                    Progressed?.Invoke(tally.Progress);
                }
                if (window.Count >= options.ReorderWindow)
                {
                    streamClock = PlaceWindow(window, builder, store, tally, streamClock);
                }
            }
            PlaceWindow(window, builder, store, tally, streamClock);
            Write(builder, store, tally);
            store.Drain();
            tally.Committed = tally.Placed;
            Progressed?.Invoke(tally.Progress);
        }
        catch
        {
            // What was handed to the writer lands before the error is reported: it is whole and already placed.
            store.DrainQuietly();
            throw;
        }
        new SummaryStage(source, writer, options).Run(touchedEvents, touchedStorylines, cancellation);
        touchedEvents.Clear();
        touchedStorylines.Clear();
        return tally.ToReport(clock.Elapsed);
    }

    /// <summary>
    /// Runs the per-article stages on threads of their own, ahead of placement by at most one window: while this
    /// thread places a window and writes it, the next window is being read and analyzed, and no more than that is
    /// held in memory.
    /// </summary>
    private IEnumerable<(AnalyzedArticle? Article, InputProblem? Problem)> AnalyzeAhead(IEnumerable<InputItem> input, CancellationToken cancellation) =>
        ParallelInOrder.Map(input, Analyze, Math.Max(1, options.Parallelism), Math.Max(1, options.ReorderWindow), cancellation);

    private (AnalyzedArticle? Article, InputProblem? Problem) Analyze(InputItem item) => item switch
    {
        ArticleInput { Article: var raw } => analyzer.Analyze(raw, out var why) is { } analyzed
            ? (analyzed, null)
            : (null, new InputProblem(raw.Origin, why ?? "could not be read")),
        InputProblem problem => (null, problem),
        _ => throw new UnreachableException(),
    };

    /// <summary>
    /// Places a window of articles in time order. An article with no date at all is dated from its own references
    /// (أمس السبت, 26 يوليو الجاري) against the latest date seen, marked as estimated; failing that it enters at the
    /// stream's clock, as an online system would place it on arrival.
    /// </summary>
    private DateTime PlaceWindow(List<AnalyzedArticle> window, StoryBuilder builder, WriteBehind store, IngestTally tally, DateTime streamClock)
    {
        var latest = window.Select(a => a.Article.StreamTime).Where(t => t is not null).Max() ?? streamClock;
        if (latest == DateTime.MinValue)
        {
            latest = DateTime.UtcNow;
        }
        for (var i = 0; i < window.Count; i++)
        {
            window[i] = Dated(window[i], DateOnly.FromDateTime(latest));
        }
        foreach (var article in window.OrderBy(a => a.Article.StreamTime ?? latest))
        {
            var placement = builder.Place(article, article.Article.StreamTime ?? latest);
            tally.Count(placement);
            if (builder.PendingCount >= options.BatchSize)
            {
                Write(builder, store, tally);
            }
        }
        window.Clear();
        return latest;
    }

    private static AnalyzedArticle Dated(AnalyzedArticle analyzed, DateOnly context) =>
        analyzed.Article.StreamTime is null ? analyzed.Estimated(context, keepContextDay: false) : analyzed;

    /// <summary>Hands what was placed to the writer; what was handed over before has then landed.</summary>
    private void Write(StoryBuilder builder, WriteBehind store, IngestTally tally)
    {
        var batch = builder.TakeBatch();
        if (!batch.IsEmpty)
        {
            store.Write(batch);
            tally.Committed = tally.HandedOver;
            touchedEvents.UnionWith(batch.Events.Select(e => e.Id));
            touchedEvents.ExceptWith(batch.DeletedEvents);
            foreach (var storyline in batch.Storylines)
            {
                touchedStorylines[storyline.Id] = storyline.ArticleCount;
            }
            foreach (var deleted in batch.DeletedStorylines)
            {
                touchedStorylines.Remove(deleted);
            }
        }
        tally.HandedOver = tally.Placed;
        Progressed?.Invoke(tally.Progress);
    }
}
