using System.Collections.Concurrent;

namespace Marsad.Text;

/// <summary>
/// What was worked out for each word as written, remembered up to a bound (news repeats its words; a stream of rare
/// words must not grow it without end) and looked up by the word's characters without making a string. Thread-safe.
/// </summary>
internal sealed class WordMemo<TValue>(int capacity)
{
    private readonly ConcurrentDictionary<string, TValue> known = new(StringComparer.Ordinal);

    // Counted here: ConcurrentDictionary.Count takes every lock of the table, which every thread would then wait on.
    private int count;

    public bool TryGet(ReadOnlySpan<char> word, out TValue value) =>
        known.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out value!);

    /// <summary>Remembers <paramref name="value"/> for <paramref name="word"/> while the bound allows.</summary>
    public void Remember(ReadOnlySpan<char> word, TValue value)
    {
        if (Volatile.Read(ref count) < capacity && known.GetAlternateLookup<ReadOnlySpan<char>>().TryAdd(word, value))
        {
            Interlocked.Increment(ref count);
        }
    }
}
