namespace Marsad.Evaluation.Ner;

/// <summary>How <see cref="NerTrainer"/> trains; the defaults are the ones tuned on a dev set carved out of train.</summary>
public sealed record NerTrainingOptions
{
    /// <summary>The perceptron by default: in cross-validation on train the CRF did no better, and trains far slower.</summary>
    public NerAlgorithm Algorithm { get; init; } = NerAlgorithm.Perceptron;

    /// <summary>CRF: weight of the L1 penalty (sparsity: features not worth it get no weight at all).</summary>
    public double L1 { get; init; } = 0.1;

    /// <summary>CRF: weight of the squared L2 penalty.</summary>
    public double L2 { get; init; } = 0.01;

    /// <summary>CRF: most OWL-QN iterations.</summary>
    public int MaxIterations { get; init; } = 250;

    /// <summary>CRF: threads computing the gradient (results do not depend on it).</summary>
    public int Threads { get; init; } = 2;

    /// <summary>Passes of the averaged perceptron over the training sentences.</summary>
    public int Epochs { get; init; } = 8;

    /// <summary>Seeds the shuffling of sentences between epochs, so that training is reproducible.</summary>
    public int Seed { get; init; } = 20_200;

    /// <summary>
    /// Training sentences are cut into this many consecutive blocks; each block's gazetteer features come from
    /// the names of the other blocks, so the model learns how far a gazetteer hit is worth on names it has not
    /// been trained on, as at test time. 0: no gazetteer of training names.
    /// </summary>
    public int GazetteerFolds { get; init; } = 10;

    /// <summary>
    /// The news gazetteer is jackknifed over this many blocks of train: each block's features come from news
    /// tagged by a first model that never saw the block. 0: no news gazetteer.
    /// </summary>
    public int NewsFolds { get; init; } = 5;

    /// <summary>A name enters the news gazetteer once found at least this many times with one type ...</summary>
    public int NewsMinCount { get; init; } = 3;

    /// <summary>... in at least this share of its finds.</summary>
    public double NewsMinShare { get; init; } = 0.7;

    /// <summary>
    /// The document pass is trained on first-pass tags of train from this many blocks, each tagged by a first
    /// model trained without it. 0: no document pass.
    /// </summary>
    public int DocumentFolds { get; init; } = 5;

    /// <summary>The document pass looks this many sentences either side.</summary>
    public int DocumentWindow { get; init; } = 10;

    /// <summary>Features seen in fewer training tokens than this are dropped.</summary>
    public int MinFeatureCount { get; init; } = 2;

    /// <summary>The share of train, taken from its end (as the test split is), held out to report dev scores.</summary>
    public double DevFraction { get; init; }
}
