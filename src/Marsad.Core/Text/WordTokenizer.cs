namespace Marsad.Text;

/// <summary>
/// Splits display text into words with their offsets. A word is a run of letters, digits, diacritics and
/// tatweel; everything else (spaces, punctuation, quotes, brackets) separates words.
/// </summary>
public static class WordTokenizer
{
    public static List<TextSpan> Tokenize(string text) => Tokenize(text, new List<TextSpan>(text.Length / 5));

    /// <summary>The words of <paramref name="text"/> in <paramref name="into"/>, cleared first: a list reused from text to text.</summary>
    public static List<TextSpan> Tokenize(string text, List<TextSpan> into)
    {
        into.Clear();
        foreach (var word in Words(text))
        {
            into.Add(word);
        }
        return into;
    }

    /// <summary>A list reused from text to text that has grown past this many words (a huge text's) is not kept.</summary>
    internal const int MaxKeptWords = 1 << 16;

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
