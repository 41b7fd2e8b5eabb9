using System.Collections.Frozen;
using Marsad.Text;

namespace Marsad.Dates.Vocabulary;

/// <summary>A set of single words written in display form and looked up by their folded form.</summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string> words;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public WordSet(params string[] displayWords)
        : this(displayWords.Select(word => ArabicFolder.Fold(word)))
    {
    }

    private WordSet(IEnumerable<string> foldedWords)
    {
        words = foldedWords.ToFrozenSet(StringComparer.Ordinal);
        lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>A set of words already folded.</summary>
    public static WordSet OfFolded(IEnumerable<string> foldedWords) => new(foldedWords);

    public bool Contains(ReadOnlySpan<char> folded) => lookup.Contains(folded);
}
