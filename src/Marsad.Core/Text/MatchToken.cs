namespace Marsad.Text;

/// <summary>A word of the display text with its match key (folded and lightly stemmed).</summary>
public readonly record struct MatchToken(TextSpan Span, string Key, bool IsStopword);
