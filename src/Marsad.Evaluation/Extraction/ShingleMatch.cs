namespace Marsad.Evaluation.Extraction;

/// <summary>
/// True positives, false positives and false negatives of one page's word 4-gram shingles, scaled to sum to 1 so
/// that a long article weighs no more than a short one (as the benchmark does).
/// </summary>
public readonly record struct ShingleMatch(double TruePositives, double FalsePositives, double FalseNegatives)
{
    /// <summary>Null when nothing was extracted (the benchmark leaves such pages out of the precision average).</summary>
    public double? Precision =>
        TruePositives + FalsePositives > 0 ? TruePositives / (TruePositives + FalsePositives) : null;

    /// <summary>Null when the ground truth is empty (left out of the recall average).</summary>
    public double? Recall =>
        TruePositives + FalseNegatives > 0 ? TruePositives / (TruePositives + FalseNegatives) : null;
}
