using System.Runtime.CompilerServices;

namespace Marsad.Text;

/// <summary>
/// <see cref="WordMemo{TValue}"/>'s table: open addressing with linear probing, each entry in place in one array
/// (no node to follow) with the word's first eight letters in it, so that most words are told apart without
/// reading a string. An entry is written once and never changed: it is published by writing its hash last, and a
/// reader that sees the hash sees the rest. Only one thread writes at a time (the memo's lock).
/// </summary>
internal sealed class WordSlots<TValue>(int size)
{
    private const int HeadLength = 8;

    private readonly Entry[] entries = new Entry[size];
    private readonly int mask = size - 1;

    [InlineArray(HeadLength)]
    private struct Head
    {
        private char first;
    }

    private struct Entry
    {
        public int Hash;
        public int Length;
        public Head Head;
        public string? Tail; // the letters after the first eight, for longer words
        public TValue Value;
    }

    /// <summary>Whether holding <paramref name="count"/> words would fill more than three quarters of the table.</summary>
    public bool IsFullFor(int count) => count > entries.Length / 4 * 3;

    /// <summary>Empties every slot, keeping the table's size.</summary>
    public void Clear() => Array.Clear(entries);

    public bool TryGet(ReadOnlySpan<char> word, int hash, out TValue value)
    {
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            ref var entry = ref entries[i];
            var found = Volatile.Read(ref entry.Hash);
            if (found == 0)
            {
                value = default!;
                return false;
            }
            if (found == hash && Holds(ref entry, word))
            {
                value = entry.Value;
                return true;
            }
        }
    }

    /// <summary>Adds the word unless it is there already; false if it was.</summary>
    public bool TryAdd(ReadOnlySpan<char> word, int hash, TValue value)
    {
        var i = hash & mask;
        for (; entries[i].Hash != 0; i = (i + 1) & mask)
        {
            if (entries[i].Hash == hash && Holds(ref entries[i], word))
            {
                return false;
            }
        }
        ref var entry = ref entries[i];
        entry.Length = word.Length;
        word[..Math.Min(HeadLength, word.Length)].CopyTo(entry.Head);
        entry.Tail = word.Length > HeadLength ? new string(word[HeadLength..]) : null;
        entry.Value = value;
        Volatile.Write(ref entry.Hash, hash);
        return true;
    }

    /// <summary>A table twice the size with the same words (made by the one writer, read by others once published).</summary>
    public WordSlots<TValue> Grown()
    {
        var grown = new WordSlots<TValue>(entries.Length * 2);
        foreach (var entry in entries)
        {
            if (entry.Hash != 0)
            {
                var i = entry.Hash & grown.mask;
                while (grown.entries[i].Hash != 0)
                {
                    i = (i + 1) & grown.mask;
                }
                grown.entries[i] = entry;
            }
        }
        return grown;
    }

    private static bool Holds(ref Entry entry, ReadOnlySpan<char> word)
    {
        if (entry.Length != word.Length)
        {
            return false;
        }
        ReadOnlySpan<char> head = entry.Head;
        return word.Length <= HeadLength
            ? word.SequenceEqual(head[..word.Length])
            : word[..HeadLength].SequenceEqual(head) && word[HeadLength..].SequenceEqual(entry.Tail);
    }
}
