namespace Marsad.Evaluation.Extraction;

/// <summary>Another extractor's article bodies for the benchmark pages, as published with the benchmark.</summary>
/// <param name="Bodies">Page id to extracted body; a page the tool gave nothing for is missing or empty.</param>
public sealed record PeerOutput(string Name, string? Version, IReadOnlyDictionary<string, string> Bodies);
