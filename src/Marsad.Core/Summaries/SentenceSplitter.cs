using System.Buffers;
using Marsad.Text;

namespace Marsad.Summaries;

/// <summary>
/// Splits display text into sentences: at a paragraph break, or after . ! ? ؟ followed by a space, but not inside a
/// number (2.5), after a one-letter abbreviation (د. م. أ.) or inside quotation marks.
/// </summary>
public static class SentenceSplitter
{
    private static readonly SearchValues<char> Enders = SearchValues.Create(".!?؟\n");

    /// <param name="text">The display text.</param>
    /// <param name="enough">Stop after this many sentences: a summary reads only the first few of a long text.</param>
    public static List<TextSpan> Split(string text, int enough = int.MaxValue)
    {
        var sentences = new List<TextSpan>();
        var start = 0;
        var quoteDepth = 0;
        for (var i = 0; i < text.Length && sentences.Count < enough; i++)
        {
            var c = text[i];
            quoteDepth += c switch
            {
                '«' or '“' => 1,
                '»' or '”' => quoteDepth > 0 ? -1 : 0,
                _ => 0,
            };
            if (!Enders.Contains(c) || (quoteDepth > 0 && c != '\n') || !EndsHere(text, i))
            {
                continue;
            }
            Add(sentences, text, start, i + 1);
            start = i + 1;
            quoteDepth = 0;
        }
        if (sentences.Count < enough)
        {
            Add(sentences, text, start, text.Length);
        }
        return sentences;
    }

    private static bool EndsHere(string text, int i)
    {
        if (text[i] == '\n')
        {
            return true;
        }
        var next = i + 1 < text.Length ? text[i + 1] : ' ';
        if (!char.IsWhiteSpace(next) && next is not ('"' or '»' or '”' or ')'))
        {
            return false;
        }
        // د. فلان، م. فلان: a one-letter abbreviation, not a sentence end.
        return text[i] != '.' || i < 2 || char.IsLetter(text[i - 2]) || !char.IsLetter(text[i - 1]);
    }

    private static void Add(List<TextSpan> sentences, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (end - start >= 2)
        {
            sentences.Add(new TextSpan(start, end));
        }
    }
}
