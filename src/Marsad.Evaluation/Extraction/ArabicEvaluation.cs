using Marsad.Extraction.Html;
using Marsad.Input;

namespace Marsad.Evaluation.Extraction;

/// <summary>Runs Marsad's HTML extraction on the Arabic/RTL pages and checks each against its expectations.</summary>
public static class ArabicEvaluation
{
    private static readonly HtmlExtractionOptions WithoutCleanup = new(RemoveBoilerplate: false);

    public static List<ArabicPageResult> Run(IEnumerable<ArabicPage> pages) => pages.Select(Evaluate).ToList();

    private static ArabicPageResult Evaluate(ArabicPage page)
    {
        var html = TextDecoder.Decode(ArabicPageIndex.ReadHtmlBytes(page)).Text;
        var extraction = HtmlArticleExtractor.Extract(html, page.Url);
        var text = DisplayWhitespace.Normalize(extraction.Text);
        ShingleMatch? match = null, uncleaned = null;
        if (page.ExpectedText is not null)
        {
            match = ShingleScorer.Score(page.ExpectedText, extraction.Text);
            uncleaned = ShingleScorer.Score(page.ExpectedText, HtmlArticleExtractor.Extract(html, page.Url, WithoutCleanup).Text);
        }
        bool? opening = page.ExpectedOpening is null ? null
            : text.StartsWith(DisplayWhitespace.Normalize(page.ExpectedOpening), StringComparison.Ordinal);
        return new ArabicPageResult(page, extraction, match, uncleaned, opening,
            page.MustContain?.Count(s => text.Contains(s, StringComparison.Ordinal)) ?? 0,
            page.MustNotContain?.Count(s => text.Contains(s, StringComparison.Ordinal)) ?? 0);
    }
}
