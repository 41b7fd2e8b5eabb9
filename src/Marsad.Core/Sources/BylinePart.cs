namespace Marsad.Sources;

/// <summary>What one segment of a byline is.</summary>
public enum BylinePartKind
{
    Unknown,
    Role,
    Agency,
    Place,
    Outlet,
    Person,
}

/// <summary>A segment of a byline and what it turned out to be; agencies and outlets by their canonical name.</summary>
public readonly record struct BylinePart(BylinePartKind Kind, string Text);
