namespace Marsad.Evaluation.Extraction;

/// <summary>One extractor's score on a set of pages: Marsad or a peer.</summary>
public sealed record ScoreRow(string Extractor, string? Version, ExtractionScore Score);
