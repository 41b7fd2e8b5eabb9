namespace Marsad.Entities;

/// <summary>Arithmetic on <see cref="BioTag"/> values, and their CoNLL spelling (<c>B-PERS</c>, <c>I-LOC</c>, <c>O</c>).</summary>
public static class BioTags
{
    public const int Count = 1 + (2 * EntityTypeCodes.Count);

    public static BioTag Begin(EntityType type) => (BioTag)(1 + (2 * (int)type));

    public static BioTag Inside(EntityType type) => (BioTag)(2 + (2 * (int)type));

    public static bool IsBegin(BioTag tag) => tag != BioTag.Outside && ((int)tag & 1) == 1;

    public static bool IsInside(BioTag tag) => tag != BioTag.Outside && ((int)tag & 1) == 0;

    /// <summary>The entity type of a B- or I- tag; meaningless for <see cref="BioTag.Outside"/>.</summary>
    public static EntityType TypeOf(BioTag tag) => (EntityType)(((int)tag - 1) / 2);

    /// <summary>
    /// Whether <paramref name="next"/> may follow <paramref name="previous"/> in a well-formed sequence: an I- tag
    /// only continues an entity of its own type. Decoders keep to this; readers repair data that does not.
    /// </summary>
    public static bool CanFollow(BioTag previous, BioTag next) =>
        !IsInside(next) || (previous != BioTag.Outside && TypeOf(previous) == TypeOf(next));

    /// <summary>ANERcorp's spelling: persons are <c>PERS</c>.</summary>
    public static string ToConll(BioTag tag) => tag switch
    {
        BioTag.Outside => "O",
        _ => (IsBegin(tag) ? "B-" : "I-") + (TypeOf(tag) == EntityType.Person ? "PERS" : EntityTypeCodes.ToCode(TypeOf(tag))),
    };

    /// <summary>Reads <c>O</c>, <c>B-X</c> or <c>I-X</c> with X one of PER/PERS, LOC, ORG, MISC.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out BioTag tag)
    {
        tag = BioTag.Outside;
        if (text is "O")
        {
            return true;
        }
        if (text.Length < 3 || text[1] != '-' || !EntityTypeCodes.TryParse(text[2..], out var type))
        {
            return false;
        }
        switch (text[0])
        {
            case 'B':
                tag = Begin(type);
                return true;
            case 'I':
                tag = Inside(type);
                return true;
            default:
                return false;
        }
    }

    public static BioTag Parse(string text) =>
        TryParse(text, out var tag) ? tag : throw new FormatException($"Not a BIO tag: '{text}'.");
}
