namespace Marsad.Entities;

/// <summary>
/// Stable 64-bit hashes for features. Models store features as these hashes, so the function must never change
/// between runs or machines (unlike <see cref="HashCode"/>, which is seeded per process).
/// </summary>
public static class FeatureHash
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    public static ulong Of(ReadOnlySpan<char> text)
    {
        var hash = FnvOffset;
        foreach (var c in text)
        {
            hash = (hash ^ c) * FnvPrime;
        }
        return Finish(hash ^ (ulong)text.Length);
    }

    public static ulong Combine(ulong first, ulong second) =>
        Finish((first * 0x9E3779B97F4A7C15UL) + second + 0x632BE59BD9B4E019UL);

    public static ulong Combine(ulong first, ulong second, ulong third) => Combine(Combine(first, second), third);

    /// <summary>The finalizer of MurmurHash3: spreads every input bit over the whole output.</summary>
    private static ulong Finish(ulong hash)
    {
        hash ^= hash >> 33;
        hash *= 0xFF51AFD7ED558CCDUL;
        hash ^= hash >> 33;
        hash *= 0xC4CEB9FE1A85EC53UL;
        hash ^= hash >> 33;
        return hash;
    }
}
