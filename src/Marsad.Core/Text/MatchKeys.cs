using System.Collections.Concurrent;

namespace Marsad.Text;

/// <summary>
/// The match keys met so far, one string each, numbered as they are first met: repeated keys share one string,
/// and what is worked out per key (its weight, its count in a text) can be kept in arrays indexed by the number
/// instead of tables that hash the key's letters at every word. Bounded (a stream of rare words must not grow it
/// without end): past the bound a key is a fresh string with no number. Shared by every analyzer, thread-safe.
/// </summary>
internal static class MatchKeys
{
    /// <summary>How many keys are numbered at most; every number is below it.</summary>
    public const int Capacity = 500_000;

    /// <summary>The number of a key that has none.</summary>
    public const int NoId = -1;

    private static readonly ConcurrentDictionary<string, (string Key, int Id)> Known = new(StringComparer.Ordinal);

    // Numbers handed out so far, including those lost when two threads met a key at once (only one is kept).
    private static int issued;

    /// <summary>How many keys are numbered so far: every number handed out is below it.</summary>
    public static int Numbered => Math.Min(Volatile.Read(ref issued), Capacity);

    /// <summary>
    /// The size a table by number of <paramref name="size"/> grows to so as to hold <paramref name="id"/>: every key
    /// numbered so far, and at least twice as many as before, so that growing as keys are met costs little.
    /// </summary>
    public static int GrownSize(int size, int id) =>
        Math.Min(Capacity, Math.Max(Math.Max(id + 1, Numbered), Math.Max(2 * size, 4096)));

    /// <summary>The shared string for <paramref name="key"/>, and its number (<see cref="NoId"/> past the bound).</summary>
    public static string Intern(ReadOnlySpan<char> key, out int id)
    {
        var lookup = Known.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(key, out var existing))
        {
            id = existing.Id;
            return existing.Key;
        }
        var created = new string(key);
        var number = Interlocked.Increment(ref issued) - 1;
        if (number >= Capacity)
        {
            id = NoId;
            return created;
        }
        var shared = Known.GetOrAdd(created, (created, number));
        id = shared.Id;
        return shared.Key;
    }
}
