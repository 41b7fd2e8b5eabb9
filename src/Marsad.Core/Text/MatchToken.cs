namespace Marsad.Text;

/// <summary>
/// A word of the display text with its match key (folded and lightly stemmed) and a stable hash of its folded
/// form (for copy detection, where the exact word counts and stemming would blur copies into paraphrases).
/// </summary>
public readonly record struct MatchToken(TextSpan Span, string Key, bool IsStopword, ulong FoldedHash)
{
    /// <summary>The key's number among the keys met so far, for per-key arrays; -1 when it has none.</summary>
    public int KeyId { get; init; } = MatchKeys.NoId;
}
