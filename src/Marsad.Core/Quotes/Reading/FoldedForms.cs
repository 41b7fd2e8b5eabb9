using System.Collections.Concurrent;
using Marsad.Text;

namespace Marsad.Quotes.Reading;

/// <summary>
/// Each word as written is folded once per process and remembered (news repeats its words), so reading an article
/// looks its words up instead of folding and allocating each again. Bounded; thread-safe.
/// </summary>
internal static class FoldedForms
{
    private const int MaxRemembered = 500_000;
    private static readonly ConcurrentDictionary<string, string> Known = new(StringComparer.Ordinal);

    // Counted here: ConcurrentDictionary.Count takes every lock of the table, and every thread would wait on it.
    private static int knownCount;

    public static string Of(ReadOnlySpan<char> word)
    {
        var lookup = Known.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var folded))
        {
            return folded;
        }
        folded = ArabicFolder.Fold(word);
        if (Volatile.Read(ref knownCount) < MaxRemembered && lookup.TryAdd(word, folded))
        {
            Interlocked.Increment(ref knownCount);
        }
        return folded;
    }
}
