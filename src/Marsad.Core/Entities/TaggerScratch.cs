using Marsad.Text;

namespace Marsad.Entities;

/// <summary>Everything one call of <see cref="EntityTagger"/> writes to, kept per thread so that calls allocate little.</summary>
internal sealed class TaggerScratch
{
    private readonly List<SentenceFeatures> features = [];

    public List<TextSpan> Tokens { get; } = new(1024);

    /// <summary>Token ranges of the sentences of the current document.</summary>
    public List<(int Start, int End)> Sentences { get; } = [];

    public List<FirstPassSentence> FirstPass { get; } = [];

    public SentenceFeatures DocumentFeatures { get; } = new();

    public ViterbiScratch Viterbi { get; } = new();

    public List<EntityChunk> Chunks { get; } = [];

    public float[] Emissions { get; private set; } = new float[256 * BioTags.Count];

    /// <summary>The document pass's scores of the sentence features, by token index, kept from the first pass.</summary>
    public float[] SecondPassEmissions { get; private set; } = new float[1024 * BioTags.Count];

    /// <summary>The final tags of the document's tokens, by token index.</summary>
    public BioTag[] Tags { get; private set; } = new BioTag[1024];

    /// <summary>The sentence features of sentence <paramref name="s"/>, kept until the document is done.</summary>
    public SentenceFeatures FeaturesOf(int s)
    {
        while (features.Count <= s)
        {
            features.Add(new SentenceFeatures());
        }
        return features[s];
    }

    public void EnsureSentence(int tokens)
    {
        if (Emissions.Length < tokens * BioTags.Count)
        {
            Emissions = new float[tokens * 2 * BioTags.Count];
        }
    }

    public void EnsureDocument(int tokens)
    {
        if (Tags.Length < tokens)
        {
            Tags = new BioTag[tokens * 2];
        }
        if (SecondPassEmissions.Length < tokens * BioTags.Count)
        {
            SecondPassEmissions = new float[tokens * 2 * BioTags.Count];
        }
    }
}
