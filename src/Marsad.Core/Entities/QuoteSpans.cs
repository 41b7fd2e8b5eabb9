using Marsad.Text;

namespace Marsad.Entities;

/// <summary>
/// Marks the tokens of a sentence that stand between quotation marks («», "", “”): titles of books, songs and
/// programmes (MISC in ANERcorp) are quoted. 1 marks the first token inside, 2 the others, 0 tokens outside.
/// A quote that is never closed in the sentence marks nothing.
/// </summary>
internal static class QuoteSpans
{
    public static void Mark(string text, ReadOnlySpan<TextSpan> tokens, Span<byte> marks)
    {
        marks[..tokens.Length].Clear();
        var open = -1;
        var closer = '\0';
        for (var i = 0; i < tokens.Length; i++)
        {
            var c = tokens[i].Length == 1 ? text[tokens[i].Start] : '\0';
            if (open >= 0 && c == closer)
            {
                for (var j = open + 1; j < i; j++)
                {
                    marks[j] = (byte)(j == open + 1 ? 1 : 2);
                }
                open = -1;
            }
            else if (open < 0 && Closer(c) is var close and not '\0')
            {
                open = i;
                closer = close;
            }
        }
    }

    private static char Closer(char opening) => opening switch
    {
        '\u00AB' => '\u00BB',
        '"' => '"',
        '\u201C' => '\u201D',
        '\u201D' => '\u201D',
        _ => '\0',
    };
}
