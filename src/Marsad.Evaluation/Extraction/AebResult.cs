namespace Marsad.Evaluation.Extraction;

/// <summary>The benchmark's table: every extractor scored on the same pages, best F1 first.</summary>
/// <param name="MarsadEmptyPages">Pages Marsad extracted no text from.</param>
public sealed record AebResult(string Folder, int Pages, int PeerCount, IReadOnlyList<ScoreRow> Rows, int MarsadEmptyPages);
