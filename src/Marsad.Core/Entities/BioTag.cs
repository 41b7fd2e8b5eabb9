namespace Marsad.Entities;

/// <summary>
/// A token's tag in the BIO scheme: outside any entity, beginning one, or inside one. The values are laid out as
/// <c>1 + 2 × type + inside</c>, so that models index their weights by them.
/// </summary>
public enum BioTag : byte
{
    Outside = 0,
    BeginPerson = 1,
    InsidePerson = 2,
    BeginLocation = 3,
    InsideLocation = 4,
    BeginOrganization = 5,
    InsideOrganization = 6,
    BeginMiscellaneous = 7,
    InsideMiscellaneous = 8,
}
