namespace Marsad.Entities;

/// <summary>
/// A sentence as the document pass sees it: each token's folded word and stripped word (hashes) and the tag the
/// first pass gave it.
/// </summary>
public sealed record FirstPassSentence(ulong[] Words, ulong[] Stripped, BioTag[] Tags)
{
    public int Length => Tags.Length;

    public static FirstPassSentence From(SentenceFeatures features, ReadOnlySpan<BioTag> tags) =>
        new(features.Words.ToArray(), features.StrippedWords.ToArray(), tags.ToArray());
}
