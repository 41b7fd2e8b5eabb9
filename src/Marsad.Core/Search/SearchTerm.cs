namespace Marsad.Search;

/// <summary>One word of a search: as the user wrote it, its match key, and its loose key when it has one.</summary>
public sealed record SearchTerm(string Word, string Key, string? Loose);
