namespace Marsad.Evaluation.Dates;

/// <summary>Precision, recall and F1 from counts.</summary>
public sealed record PrecisionRecall(int Matched, int SystemCount, int GoldCount)
{
    public double Precision => SystemCount == 0 ? 0 : (double)Matched / SystemCount;

    public double Recall => GoldCount == 0 ? 0 : (double)Matched / GoldCount;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
