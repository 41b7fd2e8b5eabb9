using System.Runtime.InteropServices;
using Marsad.Text;

namespace Marsad.Entities;

/// <summary>
/// Finds named entities (persons, locations, organizations, others) in display text with a trained model. The
/// chain, in order: <see cref="NerTokenizer"/> (tokens as in ANERcorp, with offsets) → <see cref="SentenceBreaks"/>
/// → <see cref="NerFeatureExtractor"/> → <see cref="NerWeights"/> scores → <see cref="ViterbiDecoder"/> →
/// <see cref="BioChunker"/> → <see cref="ProcliticTrimmer"/> → mentions with offsets into the text. Thread-safe; scratch memory is per thread.
/// </summary>
public sealed class EntityTagger(NerModel model)
{
    /// <summary>The model trained by <c>marsad train ner</c>, embedded in this assembly.</summary>
    public const string DefaultModelResource = "Marsad.Entities.ner-model.bin.gz";

    private static readonly Lazy<EntityTagger> DefaultTagger = new(LoadDefault);

    [ThreadStatic]
    private static TaggerScratch? threadScratch;

    public static EntityTagger Default => DefaultTagger.Value;

    public NerModel Model { get; } = model;

    public List<EntityMention> Find(string text)
    {
        var scratch = threadScratch ??= new TaggerScratch();
        var tokens = scratch.Tokens;
        tokens.Clear();
        NerTokenizer.Tokenize(text, tokens);
        var mentions = new List<EntityMention>();
        var all = CollectionsMarshal.AsSpan(tokens);
        for (var start = 0; start < all.Length;)
        {
            var end = SentenceBreaks.EndOfSentence(text, all, start);
            var sentence = all[start..end];
            var tags = TagSentence(text, sentence, scratch);
            scratch.Chunks.Clear();
            BioChunker.AddChunks(tags, scratch.Chunks);
            foreach (var chunk in scratch.Chunks)
            {
                var first = sentence[chunk.StartToken];
                var from = first.Start + ProcliticTrimmer.LeadingClitic(text.AsSpan(first.Start, first.Length), Model.Clusters);
                var to = sentence[chunk.EndToken - 1].End;
                mentions.Add(new EntityMention(from, to, text[from..to], chunk.Type));
            }
            start = end;
        }
        return mentions;
    }

    /// <summary>Tags one sentence already split into tokens (as ANERcorp is).</summary>
    public BioTag[] Tag(IReadOnlyList<string> tokens)
    {
        var text = string.Join(' ', tokens);
        var spans = new TextSpan[tokens.Count];
        var offset = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            spans[i] = new TextSpan(offset, offset + tokens[i].Length);
            offset += tokens[i].Length + 1;
        }
        return TagSentence(text, spans, threadScratch ??= new TaggerScratch()).ToArray();
    }

    private ReadOnlySpan<BioTag> TagSentence(string text, ReadOnlySpan<TextSpan> sentence, TaggerScratch scratch)
    {
        scratch.Ensure(sentence.Length);
        Model.Features.Extract(text, sentence, scratch.Features);
        Model.Weights.Score(scratch.Features, scratch.Emissions);
        var tags = scratch.Tags.AsSpan(0, sentence.Length);
        ViterbiDecoder.Decode(scratch.Emissions, sentence.Length, Model.Weights.TransitionWeights, tags, scratch.Viterbi);
        return tags;
    }

    private static EntityTagger LoadDefault()
    {
        using var stream = typeof(EntityTagger).Assembly.GetManifestResourceStream(DefaultModelResource)
            ?? throw new InvalidOperationException(
                $"The entity model '{DefaultModelResource}' is not embedded in Marsad.Core; train it with `marsad train ner`.");
        return new EntityTagger(NerModelFormat.Read(stream));
    }
}
