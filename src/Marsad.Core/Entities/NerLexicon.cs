namespace Marsad.Entities;

/// <summary>
/// What the entity features look words up in. <see cref="Clusters"/> (Brown) and <see cref="Embeddings"/>
/// (clusters of word vectors) come from unlabelled news; <see cref="Names"/> holds the names of the training
/// data; <see cref="NewsNames"/> the names a first model found, by majority over many occurrences, in
/// unlabelled news.
/// </summary>
public sealed record NerLexicon(WordClusters Clusters, WordClusters Embeddings, EntityGazetteer Names, EntityGazetteer NewsNames)
{
    public static NerLexicon Empty { get; } =
        new(WordClusters.Empty, WordClusters.Empty, EntityGazetteer.Empty, EntityGazetteer.Empty);
}
