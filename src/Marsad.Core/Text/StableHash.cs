namespace Marsad.Text;

/// <summary>
/// FNV-1a over UTF-16 code units, then a finalizing mix. Deterministic across processes and machines
/// (unlike <see cref="string.GetHashCode()"/>), because signatures built from it are stored.
/// </summary>
public static class StableHash
{
    public static ulong Of(ReadOnlySpan<char> text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        return Mix(hash);
    }

    public static ulong Combine(ulong first, ulong second) => Mix(first * 31 + second + 0x9E3779B97F4A7C15UL);

    /// <summary>The splitmix64 finalizer: spreads every input bit over the output.</summary>
    public static ulong Mix(ulong value)
    {
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
        return value ^ (value >> 31);
    }
}
