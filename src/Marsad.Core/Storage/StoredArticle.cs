using Marsad.Pipeline;

namespace Marsad.Storage;

/// <summary>An article placed in the stream, ready to store: where it belongs and when it entered.</summary>
public sealed record StoredArticle(AnalyzedArticle Analyzed, DateTime StreamTime, string EventId, string? DuplicateOf);
