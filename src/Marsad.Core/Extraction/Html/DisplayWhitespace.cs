using System.Text;

namespace Marsad.Extraction.Html;

/// <summary>
/// Tidies text taken from HTML into display text: every run of white space becomes one space, and invisible
/// direction marks (which pages sprinkle around numbers and Latin words) are dropped so they never split or glue words.
/// </summary>
public static class DisplayWhitespace
{
    public static string Normalize(string text) => Normalize(new StringBuilder(text));

    public static string Normalize(StringBuilder text)
    {
        var result = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var chunk in text.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (IsInvisibleControl(c))
                {
                    continue;
                }
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = result.Length > 0;
                    continue;
                }
                if (pendingSpace)
                {
                    result.Append(' ');
                    pendingSpace = false;
                }
                result.Append(c);
            }
        }
        return result.ToString();
    }

    /// <summary>Left-to-right and right-to-left marks, embeddings, overrides, isolates and the byte-order mark.</summary>
    private static bool IsInvisibleControl(char c) =>
        c is '\u200E' or '\u200F' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\uFEFF';
}
