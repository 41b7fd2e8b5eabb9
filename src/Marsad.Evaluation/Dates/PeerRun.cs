namespace Marsad.Evaluation.Dates;

/// <summary>What a peer found in each document (spans in the same plain text), or why it could not run.</summary>
/// <param name="Unmapped">Matches the peer returned that could not be found in the text again.</param>
public sealed record PeerRun(
    string Name,
    bool Available,
    string? Problem,
    IReadOnlyList<IReadOnlyList<ScoredSpan>> Spans,
    int Unmapped,
    TimeSpan Elapsed)
{
    public static PeerRun Missing(string name, string problem) => new(name, false, problem, [], 0, TimeSpan.Zero);
}
