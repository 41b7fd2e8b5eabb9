namespace Marsad.Text;

/// <summary>
/// What was worked out for each word as written, remembered up to a bound (news repeats its words; a stream of rare
/// words must not grow it without end) and looked up by the word's characters without making a string. Thread-safe:
/// looking up takes no lock, remembering takes one.
/// </summary>
/// <remarks>
/// Written here rather than using <c>ConcurrentDictionary</c> because the look-up is memory-bound: a stream looks up
/// every word of every article in a table of some 230,000 forms, and the dictionary's bucket, node and key string are
/// three cache misses in a row. Here a word's entry, with its first eight letters, is one (<see cref="WordSlots{TValue}"/>):
/// about 40 ns per SaudiNewsNet word against 100–120 ns (a scratch program over all 5.6 million words of its texts).
/// </remarks>
internal sealed class WordMemo<TValue>(int capacity)
{
    private readonly Lock writing = new();
    private WordSlots<TValue> slots = new(1024);
    private int count;

    public bool TryGet(ReadOnlySpan<char> word, out TValue value) =>
        Volatile.Read(ref slots).TryGet(word, Hash(word), out value);

    /// <summary>Remembers <paramref name="value"/> for <paramref name="word"/> while the bound allows.</summary>
    public void Remember(ReadOnlySpan<char> word, TValue value)
    {
        lock (writing)
        {
            if (count >= capacity)
            {
                return;
            }
            if (slots.IsFullFor(count + 1))
            {
                // Readers still holding the smaller table find what it had; what they miss they work out again.
                Volatile.Write(ref slots, slots.Grown());
            }
            if (slots.TryAdd(word, Hash(word), value))
            {
                count++;
            }
        }
    }

    /// <summary>
    /// Forgets every word but keeps the table it has grown, so that filling it again allocates nothing. Only for a
    /// memo that no other thread reads meanwhile: a reader could find an entry half cleared.
    /// </summary>
    public void Clear()
    {
        lock (writing)
        {
            slots.Clear();
            count = 0;
        }
    }

    // Randomized per process, so that no input can be written to collide; 0 marks an empty slot.
    private static int Hash(ReadOnlySpan<char> word) => string.GetHashCode(word, StringComparison.Ordinal) is var hash and not 0 ? hash : 1;
}
