namespace Marsad.Evaluation.Dates;

/// <summary>A TimeML document as plain text (tags stripped) with its TIMEX3 annotations as offsets into that text.</summary>
public sealed record TimeMlDocument(string Name, string Text, IReadOnlyList<TimexAnnotation> Timexes);
