using System.Collections.Frozen;
using Marsad.Text;

namespace Marsad.Quotes.Vocabulary;

/// <summary>A set of words written in display form and looked up by their folded form (<see cref="ArabicFolder"/>).</summary>
internal sealed class FoldedWords
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public FoldedWords(IEnumerable<string> displayWords)
    {
        var words = displayWords.Select(word => ArabicFolder.FoldText(word)).ToFrozenSet(StringComparer.Ordinal);
        lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool Contains(ReadOnlySpan<char> folded) => lookup.Contains(folded);
}
