namespace Marsad.Entities;

/// <summary>The short codes of entity types: Marsad's JSON (<c>PER</c>) and ANERcorp's tags (<c>PERS</c>).</summary>
public static class EntityTypeCodes
{
    public const int Count = 4;

    /// <summary>The code in Marsad's JSON output: PER, LOC, ORG, MISC.</summary>
    public static string ToCode(EntityType type) => type switch
    {
        EntityType.Person => "PER",
        EntityType.Location => "LOC",
        EntityType.Organization => "ORG",
        EntityType.Miscellaneous => "MISC",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static EntityType Parse(string code) =>
        TryParse(code, out var type) ? type : throw new FormatException($"'{code}' is not an entity type (PER, LOC, ORG, MISC).");

    /// <summary>Reads both spellings of the person code (PER in Marsad, PERS in ANERcorp).</summary>
    public static bool TryParse(ReadOnlySpan<char> code, out EntityType type)
    {
        switch (code)
        {
            case "PER" or "PERS":
                type = EntityType.Person;
                return true;
            case "LOC":
                type = EntityType.Location;
                return true;
            case "ORG":
                type = EntityType.Organization;
                return true;
            case "MISC":
                type = EntityType.Miscellaneous;
                return true;
            default:
                type = default;
                return false;
        }
    }
}
