using Marsad.Articles;
using Marsad.Input;
using Marsad.Pipeline;

namespace Marsad.Tests.Support;

/// <summary>Analyzed articles for stream tests, from fixtures or from inline text.</summary>
public static class TestArticles
{
    public static AnalyzedArticle Analyze(string id, string text, string? published = null, string? title = null, string? outlet = null) =>
        ArticleAnalyzer.Default.Analyze(new RawArticle(id, id, Text: text, Title: title, Published: published, Outlet: outlet), out _)
        ?? throw new InvalidOperationException($"{id} yielded no article");

    /// <summary>The SaudiNewsNet excerpt (a day file's format): Suez Canal's first trial and Boko Haram, July-August 2015.</summary>
    public static List<AnalyzedArticle> SaudiNewsNetExcerpt() =>
        new InputWalker([Path.Combine(AppContext.BaseDirectory, "Fixtures", "saudinewsnet-excerpt.json")]).Items()
            .OfType<ArticleInput>()
            .Select(a => ArticleAnalyzer.Default.Analyze(a.Article, out _)!)
            .ToList();

    public static List<AnalyzedArticle> Seeds() =>
        Support.Seeds.Prefixes.Select(p => Analyze(p, Support.Seeds.Text(p))).ToList();
}
