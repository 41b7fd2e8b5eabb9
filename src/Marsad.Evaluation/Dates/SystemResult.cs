namespace Marsad.Evaluation.Dates;

/// <summary>One system's run: its scores, or why it did not run.</summary>
public sealed record SystemResult(string Name, DateScores? Scores, string? Problem, TimeSpan Elapsed, int Unmapped = 0);
