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
        foreach (var word in Words(text))
        {
            tokens.Add(word);
        }
        return tokens;
    }

    /// <summary>
    /// The words one by one, with no list made: most lines are only scanned or counted, and the lists made for
    /// them were a tenth of an ingest's garbage.
    /// </summary>
    public static WordSpans Words(string text) => new(text);

    /// <summary>How many words the text has, counting no further than <paramref name="enough"/>.</summary>
    public static int Count(string text, int enough = int.MaxValue)
    {
        var count = 0;
        foreach (var _ in Words(text))
        {
            if (++count >= enough)
            {
                break;
            }
        }
        return count;
    }

    /// <summary>The words of a text, enumerated without allocating.</summary>
    public readonly struct WordSpans(string text)
    {
        public Enumerator GetEnumerator() => new(text);

        public struct Enumerator(string text)
        {
            private int next;

            public TextSpan Current { get; private set; }

            public bool MoveNext()
            {
                var i = next;
                while (i < text.Length && !ArabicLetters.IsWordChar(text[i]))
                {
                    i++;
                }
                if (i == text.Length)
                {
                    next = i;
                    return false;
                }
                var start = i;
                while (i < text.Length && ArabicLetters.IsWordChar(text[i]))
                {
                    i++;
                }
                Current = new TextSpan(start, i);
                next = i;
                return true;
            }
        }
    }
}
