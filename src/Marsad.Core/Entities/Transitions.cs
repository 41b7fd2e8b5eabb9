namespace Marsad.Entities;

/// <summary>
/// Layout of tag-to-tag transition weights: a square of <c>(tags + 1)²</c> floats where the extra row is the
/// sentence start and the extra column the sentence end.
/// </summary>
public static class Transitions
{
    public const int Size = (BioTags.Count + 1) * (BioTags.Count + 1);

    public const int Start = BioTags.Count;

    public const int End = BioTags.Count;

    public static int Index(int from, int to) => (from * (BioTags.Count + 1)) + to;
}
