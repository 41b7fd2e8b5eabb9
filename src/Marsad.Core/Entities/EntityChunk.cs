namespace Marsad.Entities;

/// <summary>An entity as a run of tokens: <c>[StartToken, EndToken)</c> in a tagged sequence.</summary>
public readonly record struct EntityChunk(int StartToken, int EndToken, EntityType Type);
