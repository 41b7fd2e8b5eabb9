namespace Marsad.Evaluation.Clusters;

/// <summary>Which word clusterings <c>marsad train clusters</c> builds.</summary>
public enum ClusterKind
{
    Both,
    Brown,
    Embedding,
}
