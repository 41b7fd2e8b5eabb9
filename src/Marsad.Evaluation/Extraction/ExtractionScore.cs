namespace Marsad.Evaluation.Extraction;

/// <summary>
/// Precision and recall averaged over pages, and F1 of those two averages: exactly how the benchmark reports
/// (its F1 is not an average of per-page F1s).
/// </summary>
public sealed record ExtractionScore(double Precision, double Recall, int Pages)
{
    public double F1 => Precision + Recall > 0 ? 2 * Precision * Recall / (Precision + Recall) : 0;

    public static ExtractionScore Of(IReadOnlyCollection<ShingleMatch> pages)
    {
        var precisions = pages.Select(p => p.Precision).OfType<double>().ToList();
        var recalls = pages.Select(p => p.Recall).OfType<double>().ToList();
        return new ExtractionScore(
            precisions.Count > 0 ? precisions.Average() : 0,
            recalls.Count > 0 ? recalls.Average() : 0,
            pages.Count);
    }
}
