namespace Marsad.Entities;

/// <summary>Reusable lattice storage for <see cref="ViterbiDecoder"/>: one per thread.</summary>
public sealed class ViterbiScratch
{
    public float[] Scores { get; private set; } = new float[64 * BioTags.Count];

    public byte[] Backpointers { get; private set; } = new byte[64 * BioTags.Count];

    public void Ensure(int length)
    {
        if (Scores.Length < length * BioTags.Count)
        {
            Scores = new float[length * 2 * BioTags.Count];
            Backpointers = new byte[length * 2 * BioTags.Count];
        }
    }
}
