using Marsad.Entities;

namespace Marsad.Evaluation.Ner;

/// <summary>
/// Trains a linear-chain CRF: minimizes the negative log-likelihood of the gold tags plus an elastic-net
/// penalty (L2 through the smooth part, L1 through <see cref="OwlqnOptimizer"/>), starting from zero weights,
/// so training is deterministic.
/// </summary>
public sealed class CrfTrainer(NerTrainingOptions options, TextWriter log)
{
    public (float[] Rows, float[] Transitions) Train(IReadOnlyList<EncodedSentence> sentences, int featureCount)
    {
        var objective = new CrfObjective(sentences, featureCount, options.Threads);
        var l2 = options.L2;
        double Smooth(double[] weights, double[] gradient)
        {
            var loss = objective.Evaluate(weights, gradient);
            for (var i = 0; i < weights.Length; i++)
            {
                loss += l2 * weights[i] * weights[i];
                gradient[i] += 2 * l2 * weights[i];
            }
            return loss;
        }
        var optimizer = new OwlqnOptimizer(options.L1, memory: 6, options.MaxIterations, tolerance: 1e-4, log.WriteLine);
        var weights = optimizer.Minimize(Smooth, new double[objective.ParameterCount]);
        var rows = new float[objective.TransitionOffset];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = (float)weights[i];
        }
        var transitions = new float[Transitions.Size];
        for (var i = 0; i < transitions.Length; i++)
        {
            transitions[i] = (float)weights[objective.TransitionOffset + i];
        }
        return (rows, transitions);
    }
}
