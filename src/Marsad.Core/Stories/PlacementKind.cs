namespace Marsad.Stories;

/// <summary>What happened to an article when it was placed in the stream.</summary>
public enum PlacementKind
{
    /// <summary>Seen before with the same input: nothing changed.</summary>
    Unchanged,
    /// <summary>A copy of an article already placed: linked to it and to its event.</summary>
    Duplicate,
    /// <summary>Joined an existing event.</summary>
    JoinedEvent,
    /// <summary>Started a new event.</summary>
    NewEvent,
}
