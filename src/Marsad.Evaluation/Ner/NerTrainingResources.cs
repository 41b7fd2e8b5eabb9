using Marsad.Entities;

namespace Marsad.Evaluation.Ner;

/// <summary>
/// The unlabelled material training draws on beside ANERcorp: word clusterings, and news texts in which a first
/// model's finds become the news gazetteer (none: no news gazetteer).
/// </summary>
public sealed record NerTrainingResources(WordClusters Clusters, WordClusters Embeddings, IReadOnlyList<string> NewsTexts)
{
    public NerTrainingResources WithoutNews() => this with { NewsTexts = [] };
}
