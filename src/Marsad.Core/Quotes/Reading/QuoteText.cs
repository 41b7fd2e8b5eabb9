using Marsad.Text;

namespace Marsad.Quotes.Reading;

/// <summary>
/// An article as the quotation extractor reads it: its words (offsets into the display text, folded on first use),
/// the paragraphs and sentences they belong to, and the runs of quoted words. Sentences end at . ! ? ؟ outside
/// quote marks (not at .. or ... and not inside 11.8), at a line break, and at a run of three or more blanks (how
/// some outlets join paragraphs). Built per call; never shared.
/// </summary>
internal sealed class QuoteText
{
    private readonly List<TextSpan> words;
    private readonly string?[] folded;
    private readonly int[] sentenceOf;
    private readonly int[] paragraphOf;
    private readonly int[] runOf;

    public QuoteText(string text)
    {
        Text = text;
        words = WordTokenizer.Tokenize(text);
        // وأضاف المصدر ـ الذي فضل عدم ذكر اسمه ـ أن: tatweel alone is written as a dash, not a word of a speaker's phrase.
        words.RemoveAll(word => text.AsSpan(word.Start, word.Length).TrimStart(ArabicLetters.Tatweel).IsEmpty);
        folded = new string?[words.Count];
        sentenceOf = new int[words.Count];
        paragraphOf = new int[words.Count];
        runOf = new int[words.Count];
        Runs = TextLayout.Read(text, out var sentenceStarts, out var paragraphStarts);
        Assign(sentenceStarts, sentenceOf);
        Assign(paragraphStarts, paragraphOf);
        AssignRuns();
    }

    public string Text { get; }

    public int Count => words.Count;

    public IReadOnlyList<QuotedRun> Runs { get; }

    public int Start(int index) => words[index].Start;

    public int End(int index) => words[index].End;

    public ReadOnlySpan<char> Display(int index) => Text.AsSpan(words[index].Start, words[index].Length);

    /// <summary>Words <c>[first, last]</c> as written, with the closing mark of a name quoted inside them (مجلة “لكسبريس”).</summary>
    public string Phrase(int first, int last)
    {
        var end = End(last);
        var run = RunOf(last);
        if (run >= 0 && Runs[run].Closed && Runs[run].Open > Start(first) && Runs[run].ContentEnd == end)
        {
            end = Runs[run].Close + 1;
        }
        return Text[Start(first)..end];
    }

    /// <summary>The folded word: a match key, never shown.</summary>
    public string Folded(int index) => folded[index] ??= FoldedForms.Of(Display(index));

    /// <summary>The characters between word <paramref name="index"/>-1 (or the text's start) and word <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> GapBefore(int index)
    {
        var from = index == 0 ? 0 : words[index - 1].End;
        var to = index < words.Count ? words[index].Start : Text.Length;
        return Text.AsSpan(from, to - from);
    }

    /// <summary>Nothing but blanks stands between word <paramref name="index"/>-1 and word <paramref name="index"/>.</summary>
    public bool BlankBefore(int index) => GapBefore(index).IsWhiteSpace();

    /// <summary>A comma (Latin or Arabic) stands between word <paramref name="index"/>-1 and word <paramref name="index"/>.</summary>
    public bool CommaBefore(int index)
    {
        var gap = GapBefore(index);
        return gap.Contains(',') || gap.Contains('\u060C');
    }

    /// <summary>
    /// Something other than blanks, joiners and tatweel stands before word <paramref name="index"/> (or it is past the
    /// last word): punctuation that no name runs across.
    /// </summary>
    public bool PunctuationBefore(int index)
    {
        if (index >= Count)
        {
            return true;
        }
        foreach (var c in GapBefore(index))
        {
            if (!char.IsWhiteSpace(c) && c is not ('\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u0640'))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The words before <paramref name="index"/>, nearest first and at most <paramref name="within"/> back, whose folded form is <paramref name="folded"/>.</summary>
    public IEnumerable<int> MentionsBefore(int index, string folded, int within)
    {
        for (var k = index - 1; k >= 0 && index - k < within; k--)
        {
            if (string.Equals(Folded(k), folded, StringComparison.Ordinal))
            {
                yield return k;
            }
        }
    }

    /// <summary>A comma alone, blanks aside, stands before word <paramref name="index"/> (راجح بادي، المتحدث باسم الحكومة).</summary>
    /// <summary>
    /// في "باب رزق جميل"، لـ"باب رزق": the quote marks around word <paramref name="index"/> open right after a
    /// preposition, so what they hold is named (a body, a programme), not said.
    /// </summary>
    public bool QuotedAfterPreposition(int index)
    {
        var run = RunOf(index);
        if (run < 0)
        {
            return false;
        }
        var opening = WordAt(Runs[run].ContentStart);
        return opening > 0 && Folded(opening - 1) is "في" or "ل" or "لـ" or "عن" or "علي" or "من";
    }

    public bool CommaOnlyBefore(int index) => GapBefore(index).Trim() is [',' or '\u060C'];

    public int Sentence(int index) => sentenceOf[index];

    public int Paragraph(int index) => paragraphOf[index];

    /// <summary>The index in <see cref="Runs"/> of the quoted run the word is in, or -1.</summary>
    public int RunOf(int index) => runOf[index];

    /// <summary>The first word at or after a character position (<see cref="Count"/> when none).</summary>
    public int WordAt(int position)
    {
        int low = 0, high = words.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (words[middle].End <= position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }

    /// <summary>
    /// True when word <paramref name="index"/> starts its sentence, follows a comma, or is لكن "but", which opens a
    /// clause with or without one (مارسيليا عن أي تفاصيل لكن صحيفة «ليكيب» ذكرت أن): a clause head.
    /// </summary>
    public bool StartsClause(int index)
    {
        if (index == 0 || Sentence(index) != Sentence(index - 1))
        {
            return true;
        }
        return CommaBefore(index) || Folded(index) is "لكن" or "ولكن";
    }

    private void Assign(List<int> starts, int[] target)
    {
        var current = 0;
        for (var i = 0; i < words.Count; i++)
        {
            while (current + 1 < starts.Count && starts[current + 1] <= words[i].Start)
            {
                current++;
            }
            target[i] = current;
        }
    }

    private void AssignRuns()
    {
        Array.Fill(runOf, -1);
        for (var r = 0; r < Runs.Count; r++)
        {
            for (var i = WordAt(Runs[r].Open); i < words.Count && words[i].Start < Runs[r].Close; i++)
            {
                // Runs nest only by mistake of the text; the innermost found last is kept.
                runOf[i] = r;
            }
        }
    }
}
