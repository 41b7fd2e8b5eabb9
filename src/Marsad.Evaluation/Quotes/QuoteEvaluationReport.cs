namespace Marsad.Evaluation.Quotes;

/// <summary>
/// What <c>marsad eval quotes</c> prints: figures per part (seed + development, where the rules were written, and
/// held-out, never tuned on), the disagreements for reading, and the extractor's warm speed.
/// </summary>
public sealed record QuoteEvaluationReport(
    int Articles,
    int Characters,
    IReadOnlyList<QuotePartResult> Parts,
    IReadOnlyList<QuoteMistake> Mistakes,
    double MillisecondsPerArticle,
    int SpeedPasses);
