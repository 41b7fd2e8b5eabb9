using System.Collections.Frozen;
using Marsad.Text;

namespace Marsad.Quotes.Vocabulary;

/// <summary>A set of words written in display form and looked up by their folded form (<see cref="ArabicFolder"/>).</summary>
internal sealed class FoldedWords
{
    private const int FilterBits = 1 << 16;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    /// <summary>
    /// One bit per outline of the set's words (length, two first and two last letters, hashed): almost every word
    /// of a text is in none of the sets and is asked about many times, and one bit of 8 KB answers most of them
    /// before the set's hashing and probing (`ArticlePeople`'s title lookups: 2.4% of an enriched ingest's samples
    /// before, 0.3% after, though part of what moved was folding each word, which they had been first to ask for).
    /// </summary>
    private readonly ulong[] outlines = new ulong[FilterBits / 64];

    public FoldedWords(IEnumerable<string> displayWords)
    {
        var words = displayWords.Select(word => ArabicFolder.FoldText(word)).ToFrozenSet(StringComparer.Ordinal);
        lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in words)
        {
            var bit = Outline(word);
            outlines[bit >> 6] |= 1UL << bit;
        }
    }

    public bool Contains(ReadOnlySpan<char> folded)
    {
        var bit = Outline(folded);
        return (outlines[bit >> 6] & (1UL << bit)) != 0 && lookup.Contains(folded);
    }

    private static int Outline(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return 0;
        }
        var n = word.Length;
        var h = (uint)n;
        h = (h * 31) + word[0];
        h = (h * 31) + word[Math.Min(1, n - 1)];
        h = (h * 31) + word[Math.Max(0, n - 2)];
        h = (h * 31) + word[n - 1];
        return (int)((h * 0x9E3779B1u) >> 16);
    }
}
