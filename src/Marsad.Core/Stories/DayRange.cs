namespace Marsad.Stories;

/// <summary>A contiguous run of days (<see cref="DateOnly.DayNumber"/>) already loaded into memory.</summary>
internal readonly record struct DayRange(int From, int To)
{
    public static readonly DayRange None = new(int.MaxValue, int.MinValue);

    public bool IsEmpty => From > To;

    /// <summary>The parts of <c>[from, to]</c> not yet covered (at most two: below and above).</summary>
    public IEnumerable<(int From, int To)> Missing(int from, int to)
    {
        if (IsEmpty)
        {
            yield return (from, to);
            yield break;
        }
        if (from < From)
        {
            yield return (from, Math.Min(to, From - 1));
        }
        if (to > To)
        {
            yield return (Math.Max(from, To + 1), to);
        }
    }

    public DayRange Union(int from, int to) => IsEmpty ? new(from, to) : new(Math.Min(From, from), Math.Max(To, to));
}
