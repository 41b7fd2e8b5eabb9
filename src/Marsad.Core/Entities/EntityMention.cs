namespace Marsad.Entities;

/// <summary>
/// A named entity found in display text: <c>[Start, End)</c> in UTF-16 code units of that text, and the text
/// it covers, exactly as written (clitics included, never folded).
/// </summary>
public readonly record struct EntityMention(int Start, int End, string Text, EntityType Type)
{
    public int Length => End - Start;
}
