using Marsad.Extraction.Html;

namespace Marsad.Evaluation.Extraction;

/// <summary>What Marsad made of one Arabic/RTL page, checked against every expectation the page has.</summary>
/// <param name="Text">Shingle match of the main text, when the full text is expected.</param>
/// <param name="TextWithoutCleanup">The same without Marsad's boilerplate removal, to show what it adds.</param>
public sealed record ArabicPageResult(
    ArabicPage Page,
    HtmlExtraction Extraction,
    ShingleMatch? Text,
    ShingleMatch? TextWithoutCleanup,
    bool? OpeningFound,
    int ContainedFound,
    int ExcludedFound)
{
    public bool? TitleCorrect => Page.ExpectedTitle is null ? null
        : string.Equals(DisplayWhitespace.Normalize(Page.ExpectedTitle), Extraction.Title, StringComparison.Ordinal);

    public bool? DateCorrect => Page.ExpectedDate is null ? null : Extraction.Published?.Day == Page.ExpectedDate;
}
