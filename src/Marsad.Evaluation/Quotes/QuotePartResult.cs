namespace Marsad.Evaluation.Quotes;

/// <summary>The figures for one part of the gold set (or several taken together).</summary>
public sealed record QuotePartResult(string Part, int Articles, QuoteScores Scores);
