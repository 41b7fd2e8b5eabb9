namespace Marsad.Entities;

/// <summary>
/// A trained entity model: its weights and the lexical resources its features consult: two word clusterings,
/// the gazetteer of names seen in training, and the gazetteer of names a first model found in unlabelled news.
/// Immutable and thread-safe.
/// </summary>
public sealed class NerModel(NerWeights weights, NerLexicon lexicon, string description, DocumentPass? documentPass = null)
{
    /// <summary>The first pass: sentence by sentence.</summary>
    public NerWeights Weights { get; } = weights;

    /// <summary>The second pass over the document, if the model has one.</summary>
    public DocumentPass? DocumentPass { get; } = documentPass;

    public NerLexicon Lexicon { get; } = lexicon;

    /// <summary>Brown clusters: the counts they carry also decide <see cref="ProcliticTrimmer"/>'s cuts.</summary>
    public WordClusters Clusters => Lexicon.Clusters;

    /// <summary>How the model was trained (data, options), for people reading <c>marsad eval ner</c>.</summary>
    public string Description { get; } = description;

    public NerFeatureExtractor Features { get; } = new(lexicon);
}
