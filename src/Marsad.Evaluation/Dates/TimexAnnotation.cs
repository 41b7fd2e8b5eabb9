namespace Marsad.Evaluation.Dates;

/// <summary>A TIMEX3 of a TimeML document: its span in the document's plain text, its type and value.</summary>
public sealed record TimexAnnotation(int Start, int End, string Text, string Type, string? Value);
