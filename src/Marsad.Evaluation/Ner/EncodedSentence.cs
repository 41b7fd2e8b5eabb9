using Marsad.Entities;

namespace Marsad.Evaluation.Ner;

/// <summary>
/// A training sentence with its features as row numbers: token <c>i</c> has
/// <c>Features[Offsets[i]..Offsets[i + 1]]</c>. Extracted once, reused by every epoch.
/// </summary>
public sealed record EncodedSentence(int[] Features, int[] Offsets, BioTag[] Gold)
{
    public int Length => Gold.Length;
}
