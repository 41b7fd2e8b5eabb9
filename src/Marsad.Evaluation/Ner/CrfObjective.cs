using Marsad.Entities;

namespace Marsad.Evaluation.Ner;

/// <summary>
/// The negative log-likelihood of a linear-chain CRF over encoded sentences, and its gradient, computed with
/// scaled forward-backward. Parameters: one weight per (feature row, tag), then the <see cref="Transitions"/>
/// square. Ill-formed transitions (I- not continuing its type) have no weight: they are impossible, as in the
/// Viterbi decoder. Sentences are split among threads, each summing into its own gradient, then added in order,
/// so results do not depend on scheduling.
/// </summary>
public sealed class CrfObjective
{
    private const int Tags = BioTags.Count;

    private readonly IReadOnlyList<EncodedSentence> sentences;
    private readonly int featureCount;
    private readonly int threads;
    private readonly double[][] partialGradients;
    private readonly double[] partialLosses;

    public CrfObjective(IReadOnlyList<EncodedSentence> sentences, int featureCount, int threads)
    {
        this.sentences = sentences;
        this.featureCount = featureCount;
        this.threads = Math.Max(1, threads);
        partialGradients = [.. Enumerable.Range(0, this.threads).Select(_ => new double[ParameterCount])];
        partialLosses = new double[this.threads];
    }

    public int ParameterCount => (featureCount * Tags) + Transitions.Size;

    public int TransitionOffset => featureCount * Tags;

    /// <summary>Writes the gradient of the negative log-likelihood into <paramref name="gradient"/>; returns the loss.</summary>
    public double Evaluate(double[] weights, double[] gradient)
    {
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, part =>
        {
            var local = partialGradients[part];
            Array.Clear(local);
            var lattice = new CrfLattice();
            var loss = 0.0;
            var from = (int)((long)sentences.Count * part / threads);
            var to = (int)((long)sentences.Count * (part + 1) / threads);
            for (var s = from; s < to; s++)
            {
                loss += lattice.Accumulate(sentences[s], weights, TransitionOffset, local);
            }
            partialLosses[part] = loss;
        });
        Array.Copy(partialGradients[0], gradient, gradient.Length);
        var total = partialLosses[0];
        for (var part = 1; part < threads; part++)
        {
            var local = partialGradients[part];
            for (var i = 0; i < gradient.Length; i++)
            {
                gradient[i] += local[i];
            }
            total += partialLosses[part];
        }
        return total;
    }
}
