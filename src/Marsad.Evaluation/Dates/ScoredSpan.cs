namespace Marsad.Evaluation.Dates;

/// <summary>A span to score, from the gold annotations or from a system, with its TimeML type.</summary>
public sealed record ScoredSpan(int Start, int End, string Type, string? Value = null)
{
    public bool Overlaps(ScoredSpan other) => Start < other.End && other.Start < End;
}
