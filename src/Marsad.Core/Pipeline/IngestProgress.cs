namespace Marsad.Pipeline;

/// <summary>
/// How far an ingest has got: items read (articles and failures), articles placed in the stream and committed
/// to the store so far, and problems met.
/// </summary>
public readonly record struct IngestProgress(int Articles, int Placed, int Committed, int Problems);
