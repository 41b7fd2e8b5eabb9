namespace Marsad.Evaluation;

/// <summary>Pairwise precision, recall and F1: of the pairs put together, how many belong together, and the reverse.</summary>
public sealed record PairwiseScore(int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public int Count => TruePositives + FalsePositives + FalseNegatives + TrueNegatives;

    public static PairwiseScore Of(IEnumerable<(bool Predicted, bool Gold)> decisions)
    {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        foreach (var (predicted, gold) in decisions)
        {
            _ = (predicted, gold) switch
            {
                (true, true) => tp++,
                (true, false) => fp++,
                (false, true) => fn++,
                _ => tn++,
            };
        }
        return new PairwiseScore(tp, fp, fn, tn);
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}
