namespace Marsad.Quotes.Reading;

/// <summary>Finds paragraphs, quoted runs and sentences of a text, in that order (sentences end only outside quotes).</summary>
internal static class TextLayout
{
    public static List<QuotedRun> Read(string text, out List<int> sentenceStarts, out List<int> paragraphStarts)
    {
        paragraphStarts = Paragraphs(text);
        var runs = new List<QuotedRun>();
        for (var p = 0; p < paragraphStarts.Count; p++)
        {
            var end = p + 1 < paragraphStarts.Count ? paragraphStarts[p + 1] : text.Length;
            QuoteMarkPairer.Pair(text, paragraphStarts[p], end, runs);
        }
        runs.Sort((a, b) => a.Open.CompareTo(b.Open));
        sentenceStarts = Sentences(text, runs, paragraphStarts);
        return runs;
    }

    private static List<int> Paragraphs(string text)
    {
        var starts = new List<int> { 0 };
        var blanks = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                starts.Add(i + 1);
                blanks = 0;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (++blanks == 3)
                {
                    starts.Add(i + 1);
                }
            }
            else
            {
                if (blanks > 3)
                {
                    // The paragraph starts at its first character, after the whole run of blanks.
                    starts[^1] = i;
                }
                blanks = 0;
            }
        }
        return starts;
    }

    private static List<int> Sentences(string text, List<QuotedRun> runs, List<int> paragraphStarts)
    {
        var starts = new List<int>(paragraphStarts);
        var run = 0;
        for (var i = 0; i < text.Length; i++)
        {
            while (run < runs.Count && runs[run].Close < i)
            {
                run++;
            }
            if (run < runs.Count && i > runs[run].Open && i < runs[run].Close)
            {
                continue;
            }
            if (EndsSentence(text, i))
            {
                starts.Add(i + 1);
            }
        }
        starts.Sort();
        return starts;
    }

    private static bool EndsSentence(string text, int i)
    {
        var c = text[i];
        if (c is '!' or '?' or '\u061F')
        {
            return true;
        }
        if (c != '.')
        {
            return false;
        }
        var before = i > 0 ? text[i - 1] : ' ';
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        // د. and م.: one letter and a dot abbreviate a title (الدكتور، المهندس).
        if (char.IsLetter(before) && (i < 2 || !char.IsLetter(text[i - 2])))
        {
            return false;
        }
        // An ellipsis (.. or ...) ends a sentence at its last dot when a space follows (زاوية.. من يمدح; some
        // outlets write .. for a full stop); a decimal point (11.8) never does.
        if (before == '.' || after == '.')
        {
            return before == '.' && after != '.' && char.IsWhiteSpace(after);
        }
        return !(char.IsDigit(before) && char.IsDigit(after));
    }
}
