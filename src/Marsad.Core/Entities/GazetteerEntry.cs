namespace Marsad.Entities;

/// <summary>A known name: its folded words (<c>مصطفي الكاظمي</c>) and a type it was seen with.</summary>
public sealed record GazetteerEntry(IReadOnlyList<string> Words, EntityType Type);
