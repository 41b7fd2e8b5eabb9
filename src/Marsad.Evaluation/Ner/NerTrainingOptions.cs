namespace Marsad.Evaluation.Ner;

/// <summary>How <see cref="NerTrainer"/> trains; the defaults are the ones tuned on a dev set carved out of train.</summary>
public sealed record NerTrainingOptions
{
    /// <summary>Passes of the averaged perceptron over the training sentences.</summary>
    public int Epochs { get; init; } = 10;

    /// <summary>Seeds the shuffling of sentences between epochs, so that training is reproducible.</summary>
    public int Seed { get; init; } = 20_200;

    /// <summary>
    /// Training sentences are cut into this many consecutive blocks; each block's gazetteer features come from
    /// the names of the other blocks, so the model learns how far a gazetteer hit is worth on names it has not
    /// been trained on, as at test time.
    /// </summary>
    public int GazetteerFolds { get; init; } = 10;

    /// <summary>Features seen in fewer training tokens than this are dropped.</summary>
    public int MinFeatureCount { get; init; } = 1;

    /// <summary>The share of train, taken from its end (as the test split is), held out to report dev scores.</summary>
    public double DevFraction { get; init; }
}
