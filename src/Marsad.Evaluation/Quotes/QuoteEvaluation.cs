using System.Diagnostics;
using Marsad.Entities;
using Marsad.Quotes;

namespace Marsad.Evaluation.Quotes;

/// <summary>
/// Runs <see cref="QuotationExtractor"/> over the gold set's articles and scores it per part: seed and development
/// together (what the rules were written against), each held-out part apart, and all. Without the held-out parts
/// (while the rules are being worked on) their articles are not even run. Speed is the best of several warm passes
/// over the articles run. With an <see cref="EntityFinder"/>, each article's entities are found first (as the pipeline
/// does, outside the timed passes) and handed to the extractor.
/// </summary>
public static class QuoteEvaluation
{
    public const int SpeedPasses = 10;

    /// <summary>Seed + development, each held-out part apart (held-out-N as "held-out N"), and all: from <see cref="QuoteGoldSet.Parts"/>.</summary>
    public static IReadOnlyList<(string Name, string[] Parts)> Reported { get; } =
    [
        ("seed + development", ["seed", "development"]),
        .. QuoteGoldSet.Parts.Where(QuoteGoldSet.IsHeldOut).Select(p => ("held-out " + p["held-out-".Length..], new[] { p })),
        ("all", [.. QuoteGoldSet.Parts]),
    ];

    public static QuoteEvaluationReport Run(QuoteGoldSet gold, QuotationExtractor extractor, bool heldOut = true, EntityFinder? entities = null)
    {
        var articles = gold.Articles.Where(a => heldOut || !QuoteGoldSet.IsHeldOut(a.Part)).ToList();
        var found = articles.ToDictionary(a => a.Id, a => entities?.Find(a.Text) ?? []);
        var scorer = new QuoteScorer(FamilyNameKeys.Default);
        var byArticle = gold.Quotations.ToLookup(q => q.Article);
        var perArticle = new List<(GoldArticle Article, QuoteScores Scores)>();
        var mistakes = new List<QuoteMistake>();
        foreach (var article in articles)
        {
            var (scores, wrong) = scorer.Score(article, extractor.Find(article.Text, found[article.Id]), byArticle[article.Id].ToList());
            perArticle.Add((article, scores));
            mistakes.AddRange(wrong);
        }
        var parts = Reported.Where(r => heldOut || !r.Parts.Any(QuoteGoldSet.IsHeldOut)).Select(r =>
        {
            var chosen = perArticle.Where(a => r.Parts.Contains(a.Article.Part)).ToList();
            return new QuotePartResult(r.Name, chosen.Count, chosen.Aggregate(QuoteScores.Zero, (sum, a) => sum.Add(a.Scores)));
        }).Where(p => p.Articles > 0).ToList();
        return new QuoteEvaluationReport(articles.Count, articles.Sum(a => a.Text.Length), heldOut, parts, mistakes,
            MillisecondsPerArticle(articles, found, extractor), SpeedPasses);
    }

    private static double MillisecondsPerArticle(List<GoldArticle> articles, Dictionary<string, IReadOnlyList<ArticleEntity>> entities,
        QuotationExtractor extractor)
    {
        var best = double.MaxValue;
        for (var pass = 0; pass < SpeedPasses; pass++)
        {
            var clock = Stopwatch.StartNew();
            foreach (var article in articles)
            {
                extractor.Find(article.Text, entities[article.Id]);
            }
            best = Math.Min(best, clock.Elapsed.TotalMilliseconds / articles.Count);
        }
        return best;
    }
}
