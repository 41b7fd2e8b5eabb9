namespace Marsad.Web.Api;

/// <summary>A page asked for: numbered from 1, of a size within <see cref="Paging"/>'s limits.</summary>
public readonly record struct PageRequest(int Page, int Size)
{
    public int Offset => (Page - 1) * Size;

    /// <summary>How many pages <paramref name="total"/> items fill (at least one, so that page 1 always exists).</summary>
    public int PageCount(int total) => Math.Max(1, (total + Size - 1) / Size);
}
