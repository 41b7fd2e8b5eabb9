using Marsad.Analysis;
using Marsad.Duplicates;

namespace Marsad.Storage;

/// <summary>What the stream stages need to know of an article already stored, to update it in place.</summary>
public sealed record StoredArticleState(
    string Id,
    string InputHash,
    string EventId,
    string? DuplicateOf,
    TermVector Vector,
    MinHashSignature Signature);
