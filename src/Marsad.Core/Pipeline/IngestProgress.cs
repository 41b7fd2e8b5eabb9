namespace Marsad.Pipeline;

/// <summary>How far an ingest has got: articles read (placed or failed) so far, and problems met.</summary>
public readonly record struct IngestProgress(int Articles, int Problems);
