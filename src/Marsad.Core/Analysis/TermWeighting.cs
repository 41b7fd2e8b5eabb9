namespace Marsad.Analysis;

/// <summary>
/// How much a word counts by where it stands: in the title, in the lead (the first words, where news states
/// the happening), in the body, or deep in a long article (background). And how strongly rarity counts.
/// </summary>
public sealed record TermWeighting
{
    public float Title { get; init; } = 3f;

    public int LeadWords { get; init; } = 60;

    public float Lead { get; init; } = 2f;

    public int BodyWords { get; init; } = 300;

    public float Body { get; init; } = 1f;

    public float Tail { get; init; } = 0.5f;

    public float IdfPower { get; init; } = 1.5f;

    /// <summary>What each mention of a named entity adds to its key's count (0: entity keys take no part).</summary>
    public float Entity { get; init; } = 0.5f;

    public static TermWeighting Default { get; } = new();

    public float AtWord(int position) => position < LeadWords ? Lead : position < BodyWords ? Body : Tail;
}
