namespace Marsad.Evaluation.Quotes;

/// <summary>One disagreement with the gold, for reading: what went wrong, where, and both sides as text.</summary>
public sealed record QuoteMistake(string Article, string Part, string Kind, int Start, string Found, string Gold);
