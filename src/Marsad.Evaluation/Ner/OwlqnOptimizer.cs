using System.Globalization;

namespace Marsad.Evaluation.Ner;

/// <summary>
/// Orthant-wise limited-memory quasi-Newton (OWL-QN; Andrew and Gao 2007): L-BFGS for a smooth objective plus
/// an L1 penalty. Steps follow the pseudo-gradient and never cross zero within an iteration, so weights that
/// are not worth their penalty stay exactly zero: the model comes out sparse. Stops when the objective has
/// improved by less than <paramref name="tolerance"/> (relative) over the last ten iterations, or after
/// <paramref name="maxIterations"/>.
/// </summary>
public sealed class OwlqnOptimizer(double l1, int memory, int maxIterations, double tolerance, Action<string> log)
{
    /// <summary>Minimizes <c>smooth(x) + l1 · |x|₁</c>; <paramref name="smooth"/> writes its gradient and returns its value.</summary>
    public double[] Minimize(Func<double[], double[], double> smooth, double[] initial)
    {
        var n = initial.Length;
        var x = (double[])initial.Clone();
        var g = new double[n];
        var f = smooth(x, g) + Penalty(x);
        var history = new LinkedList<(double[] S, double[] Y, double Rho)>();
        var pastValues = new List<double> { f };
        var pg = new double[n];
        var direction = new double[n];
        var next = new double[n];
        var nextGradient = new double[n];
        var clock = System.Diagnostics.Stopwatch.StartNew();

        for (var iteration = 1; iteration <= maxIterations; iteration++)
        {
            PseudoGradient(x, g, pg);
            TwoLoop(pg, history, direction);
            for (var i = 0; i < n; i++)
            {
                if (direction[i] * pg[i] >= 0)
                {
                    direction[i] = 0;
                }
            }

            var step = iteration == 1 ? 1 / Math.Sqrt(Dot(pg, pg)) : 1.0;
            double nextValue;
            var tries = 0;
            while (true)
            {
                for (var i = 0; i < n; i++)
                {
                    var orthant = x[i] != 0 ? Math.Sign(x[i]) : -Math.Sign(pg[i]);
                    var value = x[i] + (step * direction[i]);
                    next[i] = Math.Sign(value) == orthant ? value : 0;
                }
                nextValue = smooth(next, nextGradient) + Penalty(next);
                var expected = 0.0;
                for (var i = 0; i < n; i++)
                {
                    expected += pg[i] * (next[i] - x[i]);
                }
                if (nextValue <= f + (1e-4 * expected) || ++tries >= 30)
                {
                    break;
                }
                step *= 0.5;
            }

            var s = new double[n];
            var y = new double[n];
            for (var i = 0; i < n; i++)
            {
                s[i] = next[i] - x[i];
                y[i] = nextGradient[i] - g[i];
            }
            var sy = Dot(s, y);
            if (sy > 0)
            {
                history.AddLast((s, y, 1 / sy));
                if (history.Count > memory)
                {
                    history.RemoveFirst();
                }
            }
            (x, next) = (next, x);
            (g, nextGradient) = (nextGradient, g);
            f = nextValue;
            pastValues.Add(f);

            var nonZero = x.Count(v => v != 0);
            log(string.Create(CultureInfo.InvariantCulture,
                $"  iteration {iteration,3}: objective {f:F2}, {nonZero} non-zero weights, step {step:G3} ({clock.Elapsed.TotalSeconds:F0}s)"));
            if (pastValues.Count > 10)
            {
                var before = pastValues[^11];
                if ((before - f) / Math.Abs(f) < tolerance)
                {
                    break;
                }
            }
        }
        return x;
    }

    private double Penalty(double[] x)
    {
        if (l1 == 0)
        {
            return 0;
        }
        var sum = 0.0;
        foreach (var v in x)
        {
            sum += Math.Abs(v);
        }
        return l1 * sum;
    }

    /// <summary>The steepest-descent direction's negative for f + l1|x|: one-sided derivatives where x is zero.</summary>
    private void PseudoGradient(double[] x, double[] g, double[] pg)
    {
        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] > 0)
            {
                pg[i] = g[i] + l1;
            }
            else if (x[i] < 0)
            {
                pg[i] = g[i] - l1;
            }
            else if (g[i] + l1 < 0)
            {
                pg[i] = g[i] + l1;
            }
            else if (g[i] - l1 > 0)
            {
                pg[i] = g[i] - l1;
            }
            else
            {
                pg[i] = 0;
            }
        }
    }

    /// <summary>L-BFGS two-loop recursion: <paramref name="direction"/> = −H·<paramref name="gradient"/>.</summary>
    private static void TwoLoop(double[] gradient, LinkedList<(double[] S, double[] Y, double Rho)> history, double[] direction)
    {
        var q = direction;
        Array.Copy(gradient, q, q.Length);
        var alphas = new double[history.Count];
        var k = history.Count - 1;
        for (var node = history.Last; node is not null; node = node.Previous, k--)
        {
            var (s, y, rho) = node.Value;
            alphas[k] = rho * Dot(s, q);
            Axpy(-alphas[k], y, q);
        }
        if (history.Last is { } newest)
        {
            var gamma = Dot(newest.Value.S, newest.Value.Y) / Dot(newest.Value.Y, newest.Value.Y);
            for (var i = 0; i < q.Length; i++)
            {
                q[i] *= gamma;
            }
        }
        k = 0;
        for (var node = history.First; node is not null; node = node.Next, k++)
        {
            var (s, y, rho) = node.Value;
            var beta = rho * Dot(y, q);
            Axpy(alphas[k] - beta, s, q);
        }
        for (var i = 0; i < q.Length; i++)
        {
            q[i] = -q[i];
        }
    }

    private static double Dot(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static void Axpy(double a, double[] x, double[] y)
    {
        for (var i = 0; i < y.Length; i++)
        {
            y[i] += a * x[i];
        }
    }
}
