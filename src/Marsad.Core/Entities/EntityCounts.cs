namespace Marsad.Entities;

/// <summary>Entity-level counts for one type (or all): found by the tagger, in the gold data, and correct.</summary>
public readonly record struct EntityCounts(int Found, int Gold, int Correct)
{
    public double Precision => Found == 0 ? 0 : (double)Correct / Found;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static EntityCounts operator +(EntityCounts a, EntityCounts b) =>
        new(a.Found + b.Found, a.Gold + b.Gold, a.Correct + b.Correct);
}
