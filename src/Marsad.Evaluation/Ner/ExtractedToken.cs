namespace Marsad.Evaluation.Ner;

/// <summary>One training token's feature hashes, and its folded and stripped word (hashes; what the document pass matches on).</summary>
public sealed record ExtractedToken(ulong[] Keys, ulong Word, ulong Stripped)
{
    /// <summary>The same token with more features (those of the document pass) after its own.</summary>
    public ExtractedToken With(ReadOnlySpan<ulong> more) => this with { Keys = [.. Keys, .. more] };
}
