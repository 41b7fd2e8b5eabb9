using System.Runtime.InteropServices;
using Marsad.Text;

namespace Marsad.Entities;

/// <summary>
/// Finds named entities (persons, locations, organizations, others) in display text with a trained model. The
/// chain, in order: <see cref="NerTokenizer"/> (tokens as in ANERcorp, with offsets) → <see cref="SentenceBreaks"/>
/// → per sentence <see cref="NerFeatureExtractor"/> → <see cref="NerWeights"/> scores → <see cref="ViterbiDecoder"/>;
/// then, if the model has a <see cref="DocumentPass"/>, a second pass over the whole text with
/// <see cref="DocumentFeatureExtractor"/> → <see cref="BioChunker"/> → <see cref="ProcliticTrimmer"/> → mentions
/// with offsets into the text. Thread-safe; scratch memory is per thread.
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

    /// <summary>Both passes' weights in one table (the second empty when the model has no document pass).</summary>
    private readonly TwoPassWeights bothPasses = new(model.Weights, model.DocumentPass?.Weights);

    /// <summary>The entities of a text (an article: its sentences are one document for the second pass).</summary>
    public List<EntityMention> Find(string text)
    {
        var scratch = threadScratch ??= new TaggerScratch();
        var tokens = scratch.Tokens;
        tokens.Clear();
        NerTokenizer.Tokenize(text, tokens);
        var all = CollectionsMarshal.AsSpan(tokens);
        scratch.Sentences.Clear();
        for (var start = 0; start < all.Length;)
        {
            var end = SentenceBreaks.EndOfSentence(text, all, start);
            scratch.Sentences.Add((start, end));
            start = end;
        }
        TagDocument(text, all, scratch);

        var mentions = new List<EntityMention>();
        foreach (var (start, end) in scratch.Sentences)
        {
            scratch.Chunks.Clear();
            BioChunker.AddChunks(scratch.Tags.AsSpan(start, end - start), scratch.Chunks);
            foreach (var chunk in scratch.Chunks)
            {
                var first = all[start + chunk.StartToken];
                var from = first.Start + ProcliticTrimmer.LeadingClitic(text.AsSpan(first.Start, first.Length), Model.Clusters);
                var to = all[start + chunk.EndToken - 1].End;
                mentions.Add(new EntityMention(from, to, text[from..to], chunk.Type));
            }
        }
        return mentions;
    }

    /// <summary>Tags one sentence already split into tokens (as ANERcorp is), as a document of its own.</summary>
    public BioTag[] Tag(IReadOnlyList<string> tokens) => TagSentences([tokens])[0];

    /// <summary>Tags consecutive sentences already split into tokens; together they are one document.</summary>
    public BioTag[][] TagSentences(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        var scratch = threadScratch ??= new TaggerScratch();
        var text = string.Join(' ', sentences.SelectMany(s => s));
        var spans = new TextSpan[sentences.Sum(s => s.Count)];
        scratch.Sentences.Clear();
        var offset = 0;
        var index = 0;
        foreach (var sentence in sentences)
        {
            var start = index;
            foreach (var token in sentence)
            {
                spans[index++] = new TextSpan(offset, offset + token.Length);
                offset += token.Length + 1;
            }
            scratch.Sentences.Add((start, index));
        }
        TagDocument(text, spans, scratch);
        return [.. scratch.Sentences.Select(s => scratch.Tags[s.Start..s.End])];
    }

    /// <summary>Fills <c>scratch.Tags</c> for the tokens of <c>scratch.Sentences</c>.</summary>
    private void TagDocument(string text, ReadOnlySpan<TextSpan> tokens, TaggerScratch scratch)
    {
        scratch.EnsureDocument(tokens.Length);
        var pass = Model.DocumentPass;
        scratch.FirstPass.Clear();
        for (var s = 0; s < scratch.Sentences.Count; s++)
        {
            var (start, end) = scratch.Sentences[s];
            var features = scratch.FeaturesOf(s);
            scratch.EnsureSentence(end - start);
            var emissions = scratch.Emissions.AsSpan(0, (end - start) * BioTags.Count);
            // The document pass's scores of these features are kept for later: one lookup serves both.
            SentenceScorer.ForThisThread.Score(Model.Features, text, tokens[start..end], bothPasses, features, emissions,
                scratch.SecondPassEmissions.AsSpan(start * BioTags.Count, emissions.Length));
            var tags = Decode(Model.Weights, scratch, scratch.Tags.AsSpan(start, end - start));
            if (pass is not null)
            {
                scratch.FirstPass.Add(FirstPassSentence.From(features, tags));
            }
        }
        if (pass is null)
        {
            return;
        }
        pass.Features.Extract(scratch.FirstPass, scratch.DocumentFeatures, (s, documentFeatures) =>
        {
            var (start, end) = scratch.Sentences[s];
            var emissions = scratch.Emissions.AsSpan(0, (end - start) * BioTags.Count);
            scratch.SecondPassEmissions.AsSpan(start * BioTags.Count, emissions.Length).CopyTo(emissions);
            pass.Weights.Score(documentFeatures, emissions, accumulate: true);
            Decode(pass.Weights, scratch, scratch.Tags.AsSpan(start, end - start));
        });
    }

    /// <summary>The best tags given the scores already in <c>scratch.Emissions</c>.</summary>
    private static Span<BioTag> Decode(NerWeights weights, TaggerScratch scratch, Span<BioTag> tags)
    {
        ViterbiDecoder.Decode(scratch.Emissions, tags.Length, weights.TransitionWeights, tags, scratch.Viterbi);
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
