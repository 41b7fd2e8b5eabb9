namespace Marsad.Entities;

/// <summary>
/// The four entity types of ANERcorp. The order is fixed: <see cref="BioTag"/> values and trained models
/// are laid out by it.
/// </summary>
public enum EntityType : byte
{
    Person = 0,
    Location = 1,
    Organization = 2,
    Miscellaneous = 3,
}
