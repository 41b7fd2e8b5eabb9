using Marsad.Text;

namespace Marsad.Entities;

/// <summary>
/// Cuts a token sequence into the sentences the tagger decodes one by one. ANERcorp's sentences end after
/// periods, so do these: after <c>.</c> <c>!</c> <c>?</c> <c>؟</c> <c>…</c>, and also at a line break (titles,
/// captions and paragraphs carry no period).
/// </summary>
public static class SentenceBreaks
{
    /// <summary>The end (exclusive) of the sentence that starts at token <paramref name="start"/>.</summary>
    public static int EndOfSentence(string text, ReadOnlySpan<TextSpan> tokens, int start)
    {
        for (var i = start; i < tokens.Length; i++)
        {
            if (IsFinalPunctuation(text.AsSpan(tokens[i].Start, tokens[i].Length)))
            {
                return i + 1;
            }
            if (i + 1 < tokens.Length && text.AsSpan(tokens[i].End, tokens[i + 1].Start - tokens[i].End).ContainsAny('\n', '\r'))
            {
                return i + 1;
            }
        }
        return tokens.Length;
    }

    private static bool IsFinalPunctuation(ReadOnlySpan<char> token) =>
        token.Length > 0 && token[0] is '.' or '!' or '?' or '\u061F' or '\u2026';
}
