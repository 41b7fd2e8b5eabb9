namespace Marsad.Evaluation.Quotes;

/// <summary>
/// What <c>marsad eval quotes</c> prints: figures per part (seed + development, where the rules were written, and
/// held-out, never tuned on, unless <paramref name="HeldOut"/> is false and it was not run), the disagreements for
/// reading, and the extractor's warm speed over the articles run.
/// </summary>
public sealed record QuoteEvaluationReport(
    int Articles,
    int Characters,
    bool HeldOut,
    IReadOnlyList<QuotePartResult> Parts,
    IReadOnlyList<QuoteMistake> Mistakes,
    double MillisecondsPerArticle,
    int SpeedPasses);
