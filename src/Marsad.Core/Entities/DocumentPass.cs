namespace Marsad.Entities;

/// <summary>
/// A model's second pass: weights over the sentence features plus <see cref="DocumentFeatureExtractor"/>'s
/// features, which look at the first pass's tags within <see cref="Window"/> sentences either side.
/// </summary>
public sealed record DocumentPass(NerWeights Weights, int Window)
{
    public DocumentFeatureExtractor Features { get; } = new(Window);
}
