using Marsad.Text;

namespace Marsad.Entities;

/// <summary>Everything one call of <see cref="EntityTagger"/> writes to, kept per thread so that calls allocate little.</summary>
internal sealed class TaggerScratch
{
    public List<TextSpan> Tokens { get; } = new(1024);

    public SentenceFeatures Features { get; } = new();

    public ViterbiScratch Viterbi { get; } = new();

    public List<EntityChunk> Chunks { get; } = [];

    public float[] Emissions { get; private set; } = new float[256 * BioTags.Count];

    public BioTag[] Tags { get; private set; } = new BioTag[256];

    public void Ensure(int tokens)
    {
        if (Tags.Length < tokens)
        {
            Tags = new BioTag[tokens * 2];
            Emissions = new float[tokens * 2 * BioTags.Count];
        }
    }
}
