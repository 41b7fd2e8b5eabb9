namespace Marsad.Evaluation.Extraction;

/// <summary>
/// One page of the Arabic/RTL extraction set with what its source test suite expects of it; each expectation is
/// present only where the suite gave one.
/// </summary>
/// <param name="ExpectedText">The full expected main text (scored with the benchmark's shingle metric).</param>
/// <param name="ExpectedOpening">The expected start of the main text only (goose's tests keep a prefix).</param>
/// <param name="MustContain">Snippets the main text must hold (trafilatura's "with").</param>
/// <param name="MustNotContain">Snippets that must not reach the main text (trafilatura's "without").</param>
public sealed record ArabicPage(
    string File,
    string Language,
    string Site,
    string HtmlPath,
    string? Url,
    string? ExpectedText = null,
    string? ExpectedOpening = null,
    IReadOnlyList<string>? MustContain = null,
    IReadOnlyList<string>? MustNotContain = null,
    string? ExpectedTitle = null,
    DateOnly? ExpectedDate = null);
