using Marsad.Text;

namespace Marsad.Dates.Lexicon;

/// <summary>
/// The words of one text as the date grammar sees them: offsets into the display text, the folded form of
/// each word (for matching only), and the characters between words, which carry meaning in dates
/// (<c>2020/11/18</c>, <c>11:02</c>, <c>يوليو/تموز</c>, <c>تموز (يوليو)</c>).
/// </summary>
internal sealed class DateTokens
{
    private readonly List<TextSpan> spans = [];

    // Folded on first use: most words of an article are never looked at past the recognizer's first glance.
    private string?[] folded = [];

    public DateTokens(string text) => Read(text);

    /// <summary>
    /// Each thread's tokens, read again for every text: the lists and tables made for every article were 4% of an
    /// ingest's garbage. Valid until the next <see cref="Reused"/> on the thread.
    /// </summary>
    public static DateTokens Reused(string text)
    {
        if (reused is not { } tokens || tokens.folded.Length > WordTokenizer.MaxKeptWords)
        {
            reused = tokens = new DateTokens(string.Empty);
        }
        tokens.Read(text);
        return tokens;
    }

    [ThreadStatic]
    private static DateTokens? reused;

    private void Read(string text)
    {
        Text = text;
        WordTokenizer.Tokenize(text, spans);
        if (folded.Length < spans.Count)
        {
            folded = new string?[Math.Max(spans.Count, 2 * folded.Length)];
        }
        else
        {
            Array.Clear(folded, 0, spans.Count);
        }
    }

    public string Text { get; private set; } = string.Empty;

    public int Count => spans.Count;

    public int Start(int index) => spans[index].Start;

    public int End(int index) => spans[index].End;

    /// <summary>The folded word: a match key, never shown.</summary>
    public string Folded(int index) => folded[index] ??= ArabicFolder.Fold(Display(index));

    /// <summary>The folded word in a per-thread buffer, valid until the next fold on this thread: a glance that
    /// allocates nothing.</summary>
    public ReadOnlySpan<char> Glance(int index)
    {
        if (folded[index] is { } done)
        {
            return done;
        }
        var buffer = ArabicFolder.FoldToBuffer(Display(index), out var length);
        return buffer.AsSpan(0, length);
    }

    /// <summary>The word as displayed.</summary>
    public ReadOnlySpan<char> Display(int index) => Text.AsSpan(spans[index].Start, spans[index].Length);

    /// <summary>The characters between word <paramref name="index"/>-1 and word <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> GapBefore(int index)
    {
        var from = index == 0 ? 0 : spans[index - 1].End;
        var to = index < spans.Count ? spans[index].Start : Text.Length;
        return Text.AsSpan(from, to - from);
    }

    /// <summary>True when word <paramref name="index"/> follows the previous word after blanks only.</summary>
    public bool FollowsBlank(int index) => index > 0 && index < spans.Count && IsBlank(GapBefore(index));

    /// <summary>True when word <paramref name="index"/> follows the previous one after blanks or one comma, dash or
    /// bar (<c>الأحد، 25 يوليو</c>, <c>2021-07-27 - 10:30</c>): how a date line joins its parts.</summary>
    public bool FollowsLoosely(int index)
    {
        if (index <= 0 || index >= spans.Count)
        {
            return false;
        }
        var gap = GapBefore(index).Trim();
        return gap.IsEmpty ? FollowsBlank(index) : gap is "," or "\u060C" or "-" or "\u2013" or "|";
    }

    /// <summary>True when the gap before word <paramref name="index"/> is blanks around exactly one
    /// <paramref name="separator"/> character.</summary>
    public bool FollowsSeparator(int index, char separator)
    {
        if (index <= 0 || index >= spans.Count)
        {
            return false;
        }
        var gap = GapBefore(index).Trim();
        return gap.Length == 1 && gap[0] == separator;
    }

    /// <summary>True when <paramref name="index"/> is a word and its folded form is <paramref name="word"/>.</summary>
    public bool Is(int index, string word) =>
        index >= 0 && index < spans.Count && string.Equals(Folded(index), word, StringComparison.Ordinal);

    public static bool IsBlank(ReadOnlySpan<char> gap)
    {
        foreach (var c in gap)
        {
            if (!char.IsWhiteSpace(c) && c is not ('\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u061C'))
            {
                return false;
            }
        }
        return true;
    }
}
