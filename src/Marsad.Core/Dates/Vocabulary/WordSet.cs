using System.Collections.Frozen;
using Marsad.Text;

namespace Marsad.Dates.Vocabulary;

/// <summary>A set of single words written in display form and looked up by their folded form.</summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string> words;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public WordSet(params string[] displayWords)
    {
        words = displayWords.Select(word => ArabicFolder.Fold(word)).ToFrozenSet(StringComparer.Ordinal);
        lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool Contains(ReadOnlySpan<char> folded) => lookup.Contains(folded);
}
