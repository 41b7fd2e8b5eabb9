using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Marsad.Entities;

/// <summary>
/// Feature hash → row number, by open addressing with linear probing over a power-of-two table at most half
/// full. Each slot holds the key and its row side by side, so a lookup usually touches one cache line; that is
/// most of the tagger's time, with some sixty lookups per token. Keys are already well-mixed hashes, so their
/// low bits index the table directly. Read-only after construction, hence safe to share between threads.
/// </summary>
internal sealed class FeatureTable
{
    private readonly Slot[] slots;
    private readonly int mask;

    public FeatureTable(IReadOnlyList<ulong> keys)
    {
        var capacity = 16;
        while (capacity < keys.Count * 2)
        {
            capacity *= 2;
        }
        slots = new Slot[capacity];
        mask = capacity - 1;
        Array.Fill(slots, new Slot(0, -1));
        for (var row = 0; row < keys.Count; row++)
        {
            var i = (int)keys[row] & mask;
            while (slots[i].Row >= 0)
            {
                if (slots[i].Key == keys[row])
                {
                    throw new ArgumentException("A feature key appears twice.", nameof(keys));
                }
                i = (i + 1) & mask;
            }
            slots[i] = new Slot(keys[row], row);
        }
        Count = keys.Count;
    }

    public int Count { get; }

    /// <summary>
    /// The rows of all <paramref name="keys"/> into <paramref name="rows"/> (-1 where the model has none). The slots
    /// of all keys are asked for from memory first and only then read: the lookups miss the cache, and asked together
    /// their misses overlap instead of following one another.
    /// </summary>
    public void RowsOf(ReadOnlySpan<ulong> keys, Span<int> rows)
    {
        foreach (var key in keys)
        {
            Prefetch(ref slots[(int)key & mask]);
        }
        for (var k = 0; k < keys.Length; k++)
        {
            rows[k] = RowOf(keys[k]);
        }
    }

    /// <summary>A hint that <paramref name="target"/> will be read soon; nothing on machines without the instruction.</summary>
    public static unsafe void Prefetch<T>(ref T target)
    {
        // The address is only a hint: if the array moved meanwhile, a wrong line is fetched and nothing else happens.
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref target));
        }
    }

    /// <summary>The row of <paramref name="key"/>, or -1 if the model has no weights for it.</summary>
    public int RowOf(ulong key)
    {
        var i = (int)key & mask;
        while (true)
        {
            var slot = slots[i];
            if (slot.Key == key && slot.Row >= 0)
            {
                return slot.Row;
            }
            if (slot.Row < 0)
            {
                return -1;
            }
            i = (i + 1) & mask;
        }
    }

    private readonly record struct Slot(ulong Key, int Row);
}
