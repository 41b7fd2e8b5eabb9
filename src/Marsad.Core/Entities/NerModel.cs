namespace Marsad.Entities;

/// <summary>
/// A trained entity model: its weights and the lexical resources its features consult (word clusters, and the
/// gazetteer of names seen in training). Immutable and thread-safe.
/// </summary>
public sealed class NerModel(NerWeights weights, WordClusters clusters, EntityGazetteer gazetteer, string description)
{
    public NerWeights Weights { get; } = weights;

    public WordClusters Clusters { get; } = clusters;

    public EntityGazetteer Gazetteer { get; } = gazetteer;

    /// <summary>How the model was trained (data, options), for people reading <c>marsad eval ner</c>.</summary>
    public string Description { get; } = description;

    public NerFeatureExtractor Features { get; } = new(clusters, gazetteer);
}
