namespace Marsad.Duplicates;

/// <summary>What duplicate folding remembers of an article: its signature, text hash, and the copy group it belongs to.</summary>
public sealed record ArticleFingerprint(
    string Id,
    string CanonicalId,
    string EventId,
    MinHashSignature Signature,
    ulong TextKey,
    int Day);
