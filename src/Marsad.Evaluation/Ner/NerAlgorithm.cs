namespace Marsad.Evaluation.Ner;

/// <summary>How the entity model's weights are learned; both give the same kind of linear-chain model.</summary>
public enum NerAlgorithm
{
    /// <summary>A conditional random field, trained with OWL-QN under an elastic-net penalty.</summary>
    Crf,

    /// <summary>The averaged structured perceptron: quick, a little less accurate.</summary>
    Perceptron,
}
