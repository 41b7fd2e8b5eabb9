using Marsad.Text;

namespace Marsad.Quotes.Reading;

/// <summary>
/// Each word as written is folded once per process and remembered (news repeats its words), so reading an article
/// looks its words up instead of folding and allocating each again. Bounded; thread-safe.
/// </summary>
internal static class FoldedForms
{
    private static readonly WordMemo<string> Known = new(500_000);

    public static string Of(ReadOnlySpan<char> word)
    {
        if (Known.TryGet(word, out var folded))
        {
            return folded;
        }
        folded = ArabicFolder.Fold(word);
        Known.Remember(word, folded);
        return folded;
    }
}
