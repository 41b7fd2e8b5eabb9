namespace Marsad.Evaluation.Ner;

/// <summary>How the entity model's weights are learned; both give the same kind of linear-chain model.</summary>
public enum NerAlgorithm
{
    /// <summary>The averaged structured perceptron.</summary>
    Perceptron,

    /// <summary>A conditional random field, trained with OWL-QN under an elastic-net penalty: as accurate, far slower.</summary>
    Crf,
}
