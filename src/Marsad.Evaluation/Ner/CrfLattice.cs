using Marsad.Entities;

namespace Marsad.Evaluation.Ner;

/// <summary>
/// Forward-backward over one sentence for <see cref="CrfObjective"/>. Potentials are exponentiated once, each
/// position's emissions shifted by their maximum, and forward values rescaled to sum to one at each position,
/// so nothing overflows on long sentences. Scratch arrays grow as needed and are reused.
/// </summary>
internal sealed class CrfLattice
{
    private const int Tags = BioTags.Count;

    private double[] emissions = new double[256 * Tags];
    private double[] potentials = new double[256 * Tags];
    private double[] alpha = new double[256 * Tags];
    private double[] beta = new double[256 * Tags];
    private double[] scale = new double[256];
    private readonly double[] transition = new double[Tags * Tags];
    private readonly double[] start = new double[Tags];
    private readonly double[] end = new double[Tags];

    /// <summary>Adds this sentence's gradient of −log p(gold) to <paramref name="gradient"/>; returns −log p(gold).</summary>
    public double Accumulate(EncodedSentence sentence, double[] weights, int transitionOffset, double[] gradient)
    {
        var n = sentence.Length;
        if (n == 0)
        {
            return 0;
        }
        Ensure(n);
        LoadTransitions(weights, transitionOffset);
        var logZ = Forward(sentence, weights, n);
        Backward(n);

        // Gold path score.
        var gold = sentence.Gold;
        var goldScore = weights[transitionOffset + Transitions.Index(Transitions.Start, (int)gold[0])]
            + weights[transitionOffset + Transitions.Index((int)gold[n - 1], Transitions.End)];
        for (var i = 0; i < n; i++)
        {
            goldScore += emissions[(i * Tags) + (int)gold[i]];
            if (i > 0)
            {
                goldScore += weights[transitionOffset + Transitions.Index((int)gold[i - 1], (int)gold[i])];
            }
        }

        // Expected minus observed counts.
        var normalizer = 0.0;
        for (var t = 0; t < Tags; t++)
        {
            normalizer += alpha[((n - 1) * Tags) + t] * end[t];
        }
        Span<double> marginal = stackalloc double[Tags];
        for (var i = 0; i < n; i++)
        {
            for (var t = 0; t < Tags; t++)
            {
                marginal[t] = alpha[(i * Tags) + t] * beta[(i * Tags) + t] / normalizer;
            }
            if (i == 0)
            {
                for (var t = 0; t < Tags; t++)
                {
                    gradient[transitionOffset + Transitions.Index(Transitions.Start, t)] += marginal[t];
                }
                gradient[transitionOffset + Transitions.Index(Transitions.Start, (int)gold[0])] -= 1;
            }
            if (i == n - 1)
            {
                for (var t = 0; t < Tags; t++)
                {
                    gradient[transitionOffset + Transitions.Index(t, Transitions.End)] += marginal[t];
                }
                gradient[transitionOffset + Transitions.Index((int)gold[i], Transitions.End)] -= 1;
            }
            marginal[(int)gold[i]] -= 1;
            for (var k = sentence.Offsets[i]; k < sentence.Offsets[i + 1]; k++)
            {
                var row = sentence.Features[k] * Tags;
                for (var t = 0; t < Tags; t++)
                {
                    gradient[row + t] += marginal[t];
                }
            }
            if (i > 0)
            {
                for (var a = 0; a < Tags; a++)
                {
                    var left = alpha[((i - 1) * Tags) + a];
                    for (var b = 0; b < Tags; b++)
                    {
                        var pair = left * transition[(a * Tags) + b] * potentials[(i * Tags) + b] * beta[(i * Tags) + b]
                            / (scale[i] * normalizer);
                        gradient[transitionOffset + Transitions.Index(a, b)] += pair;
                    }
                }
                gradient[transitionOffset + Transitions.Index((int)gold[i - 1], (int)gold[i])] -= 1;
            }
        }
        return logZ - goldScore;
    }

    private void LoadTransitions(double[] weights, int offset)
    {
        for (var a = 0; a < Tags; a++)
        {
            for (var b = 0; b < Tags; b++)
            {
                transition[(a * Tags) + b] = BioTags.CanFollow((BioTag)a, (BioTag)b)
                    ? Math.Exp(weights[offset + Transitions.Index(a, b)]) : 0;
            }
            start[a] = BioTags.CanFollow(BioTag.Outside, (BioTag)a)
                ? Math.Exp(weights[offset + Transitions.Index(Transitions.Start, a)]) : 0;
            end[a] = Math.Exp(weights[offset + Transitions.Index(a, Transitions.End)]);
        }
    }

    /// <summary>Scaled forward pass; returns log Z.</summary>
    private double Forward(EncodedSentence sentence, double[] weights, int n)
    {
        var logZ = 0.0;
        for (var i = 0; i < n; i++)
        {
            var e = emissions.AsSpan(i * Tags, Tags);
            e.Clear();
            for (var k = sentence.Offsets[i]; k < sentence.Offsets[i + 1]; k++)
            {
                var row = sentence.Features[k] * Tags;
                for (var t = 0; t < Tags; t++)
                {
                    e[t] += weights[row + t];
                }
            }
            var max = double.NegativeInfinity;
            foreach (var value in e)
            {
                max = Math.Max(max, value);
            }
            var sum = 0.0;
            for (var t = 0; t < Tags; t++)
            {
                var psi = Math.Exp(e[t] - max);
                potentials[(i * Tags) + t] = psi;
                double incoming;
                if (i == 0)
                {
                    incoming = start[t];
                }
                else
                {
                    incoming = 0;
                    for (var a = 0; a < Tags; a++)
                    {
                        incoming += alpha[((i - 1) * Tags) + a] * transition[(a * Tags) + t];
                    }
                }
                alpha[(i * Tags) + t] = incoming * psi;
                sum += alpha[(i * Tags) + t];
            }
            scale[i] = sum;
            for (var t = 0; t < Tags; t++)
            {
                alpha[(i * Tags) + t] /= sum;
            }
            logZ += Math.Log(sum) + max;
        }
        var final = 0.0;
        for (var t = 0; t < Tags; t++)
        {
            final += alpha[((n - 1) * Tags) + t] * end[t];
        }
        return logZ + Math.Log(final);
    }

    private void Backward(int n)
    {
        for (var t = 0; t < Tags; t++)
        {
            beta[((n - 1) * Tags) + t] = end[t];
        }
        for (var i = n - 2; i >= 0; i--)
        {
            for (var a = 0; a < Tags; a++)
            {
                var sum = 0.0;
                for (var b = 0; b < Tags; b++)
                {
                    sum += transition[(a * Tags) + b] * potentials[((i + 1) * Tags) + b] * beta[((i + 1) * Tags) + b];
                }
                beta[(i * Tags) + a] = sum / scale[i + 1];
            }
        }
    }

    private void Ensure(int n)
    {
        if (scale.Length >= n)
        {
            return;
        }
        emissions = new double[n * 2 * Tags];
        potentials = new double[n * 2 * Tags];
        alpha = new double[n * 2 * Tags];
        beta = new double[n * 2 * Tags];
        scale = new double[n * 2];
    }
}
