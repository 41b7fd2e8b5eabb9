namespace Marsad.Text;

/// <summary>
/// Splits display text into words with their offsets. A word is a run of letters, digits, diacritics and
/// tatweel; everything else (spaces, punctuation, quotes, brackets) separates words.
/// </summary>
public static class WordTokenizer
{
    public static List<TextSpan> Tokenize(string text)
    {
        var tokens = new List<TextSpan>(text.Length / 5);
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (ArabicLetters.IsWordChar(text[i]))
            {
                if (start < 0)
                {
                    start = i;
                }
            }
            else if (start >= 0)
            {
                tokens.Add(new TextSpan(start, i));
                start = -1;
            }
        }
        if (start >= 0)
        {
            tokens.Add(new TextSpan(start, text.Length));
        }
        return tokens;
    }
}
