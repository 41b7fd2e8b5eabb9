using Marsad.Extraction.Html;
using Marsad.Input;

namespace Marsad.Evaluation.Extraction;

/// <summary>
/// Scores Marsad's HTML extraction on the article-extraction benchmark, and every peer's published output with
/// the same scorer in the same run, so the figures are comparable line by line. Marsad is also scored without its
/// boilerplate removal, to show what that step adds.
/// </summary>
public static class AebEvaluation
{
    public const string MarsadName = "marsad";
    public const string MarsadWithoutCleanupName = "marsad, no cleanup";

    public static AebResult Run(AebBenchmark benchmark)
    {
        var htmls = benchmark.Pages.AsParallel().AsOrdered()
            .Select(page => TextDecoder.Decode(AebBenchmark.ReadHtmlBytes(page)).Text)
            .ToList();
        var rows = new List<ScoreRow>
        {
            ScoreMarsad(benchmark, htmls, MarsadName, HtmlExtractionOptions.Default, out var empty),
            ScoreMarsad(benchmark, htmls, MarsadWithoutCleanupName, new HtmlExtractionOptions(RemoveBoilerplate: false), out _),
        };
        foreach (var peer in benchmark.Peers)
        {
            var matches = benchmark.Pages
                .Select(page => ShingleScorer.Score(page.ArticleBody, peer.Bodies.GetValueOrDefault(page.Id)))
                .ToList();
            rows.Add(new ScoreRow(peer.Name, peer.Version, ExtractionScore.Of(matches)));
        }
        rows.Sort((a, b) => b.Score.F1.CompareTo(a.Score.F1));
        return new AebResult(benchmark.Folder.FullName, benchmark.Pages.Count, benchmark.Peers.Count, rows, empty);
    }

    private static ScoreRow ScoreMarsad(
        AebBenchmark benchmark, List<string> htmls, string name, HtmlExtractionOptions options, out int emptyPages)
    {
        var bodies = benchmark.Pages.AsParallel().AsOrdered()
            .Select((page, i) => HtmlArticleExtractor.Extract(htmls[i], page.Url, options).Text)
            .ToList();
        emptyPages = bodies.Count(body => body.Length == 0);
        var matches = benchmark.Pages.Select((page, i) => ShingleScorer.Score(page.ArticleBody, bodies[i])).ToList();
        return new ScoreRow(name, null, ExtractionScore.Of(matches));
    }
}
