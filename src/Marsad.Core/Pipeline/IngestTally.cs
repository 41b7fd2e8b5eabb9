using Marsad.Stories;

namespace Marsad.Pipeline;

/// <summary>The running counts behind an <see cref="IngestReport"/>.</summary>
internal sealed class IngestTally
{
    public int Read { get; set; }

    public int Problems { get; set; }

    public int Placed { get; private set; }

    public int Committed { get; set; }

    /// <summary>Placed and handed to the writer, which may still be writing the last of them.</summary>
    public int HandedOver { get; set; }

    public IngestProgress Progress => new(Read, Placed, Committed, Problems);

    private int added;
    private int updated;
    private int unchanged;
    private int duplicates;
    private int newEvents;

    public void Count(ArticlePlacement placement)
    {
        Placed++;
        if (placement.Kind == PlacementKind.Unchanged)
        {
            unchanged++;
            return;
        }
        if (placement.Updated)
        {
            updated++;
        }
        else
        {
            added++;
        }
        if (placement.Kind == PlacementKind.Duplicate)
        {
            duplicates++;
        }
        if (placement.Kind == PlacementKind.NewEvent)
        {
            newEvents++;
        }
    }

    public IngestReport ToReport(TimeSpan elapsed) =>
        new(Read, added, updated, unchanged, duplicates, newEvents, Problems, elapsed);
}
