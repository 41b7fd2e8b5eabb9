using System.Diagnostics;
using Marsad.Quotes;

namespace Marsad.Evaluation.Quotes;

/// <summary>
/// Runs <see cref="QuotationExtractor"/> over the gold set's articles and scores it per part: seed and development
/// together (what the rules were written against), held-out apart, and all. Speed is the best of several warm
/// passes over all the articles.
/// </summary>
public static class QuoteEvaluation
{
    public const int SpeedPasses = 10;

    public static IReadOnlyList<(string Name, string[] Parts)> Reported { get; } =
    [
        ("seed + development", ["seed", "development"]),
        ("held-out", ["held-out"]),
        ("all", ["seed", "development", "held-out"]),
    ];

    public static QuoteEvaluationReport Run(QuoteGoldSet gold, QuotationExtractor extractor)
    {
        var scorer = new QuoteScorer(FamilyNameKeys.Default);
        var byArticle = gold.Quotations.ToLookup(q => q.Article);
        var perArticle = new List<(GoldArticle Article, QuoteScores Scores)>();
        var mistakes = new List<QuoteMistake>();
        foreach (var article in gold.Articles)
        {
            var (scores, wrong) = scorer.Score(article, extractor.Find(article.Text), byArticle[article.Id].ToList());
            perArticle.Add((article, scores));
            mistakes.AddRange(wrong);
        }
        var parts = Reported.Select(r =>
        {
            var chosen = perArticle.Where(a => r.Parts.Contains(a.Article.Part)).ToList();
            return new QuotePartResult(r.Name, chosen.Count, chosen.Aggregate(QuoteScores.Zero, (sum, a) => sum.Add(a.Scores)));
        }).ToList();
        return new QuoteEvaluationReport(gold.Articles.Count, gold.Articles.Sum(a => a.Text.Length), parts, mistakes,
            MillisecondsPerArticle(gold.Articles, extractor), SpeedPasses);
    }

    private static double MillisecondsPerArticle(IReadOnlyList<GoldArticle> articles, QuotationExtractor extractor)
    {
        var best = double.MaxValue;
        for (var pass = 0; pass < SpeedPasses; pass++)
        {
            var clock = Stopwatch.StartNew();
            foreach (var article in articles)
            {
                extractor.Find(article.Text);
            }
            best = Math.Min(best, clock.Elapsed.TotalMilliseconds / articles.Count);
        }
        return best;
    }
}
