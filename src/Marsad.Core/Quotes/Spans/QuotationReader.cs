using Marsad.Quotes.Cues;
using Marsad.Quotes.Reading;
using Marsad.Quotes.Speakers;
using Marsad.Quotes.Vocabulary;

namespace Marsad.Quotes.Spans;

/// <summary>
/// Reads what a cue introduces, looking right of it within its sentence (past its subject and circumstances) for
/// the first of: a colon (its words: quoted, in brackets, or bare to the end of the speech), quote marks around at
/// least three words that are not a name (قناة "الحدث" is one), or a complementizer (reported content to the end
/// of its clause; direct when quote marks enclose the whole clause). Another cue on the way ends the search: the
/// أن after it is its own.
/// </summary>
internal sealed class QuotationReader(WordShapes shapes, ClauseEnds ends)
{
    // How far a verb's colon, quote marks or complementizer may stand from it (past its subject and a long circumstance:
    // وشدد الوزير ... خلال مؤتمر صحفي مشترك عقده مع نظيره ...، على أن): 20 missed five development quotations, 40 found only false ones.
    private const int Reach = 30;
    private const int MinQuotedWords = 3;
    private const int MaxWordsBetweenQuotes = 6;

    /// <summary>A name set in quote marks (a programme, a campaign) runs to a few words.</summary>
    private const int MaxNameWords = 4;

    private readonly QuoteText text = shapes.Text;

    public List<QuoteSpan> Read(SpeechCue cue)
    {
        var spans = new List<QuoteSpan>();
        var first = cue.LastWord + 1;
        if (first >= text.Count || text.Sentence(first) != text.Sentence(cue.Word) && !text.GapBefore(first).Contains(':'))
        {
            return spans;
        }
        if (cue.Form == CueForm.Noun && shapes.IsComplementizer(first))
        {
            // نقلت عنه قوله إن ...: reported, like a verb's.
            ReadReported(first, spans, goesOn: false);
            return spans;
        }
        if (cue.Form == CueForm.Noun && !HasMarkOrColon(first))
        {
            // يستدرك بالقول ما زالت ...: a verbal noun of saying takes bare words too.
            AddBare(first, ends.LastWord(first, out _), spans);
            return spans;
        }
        for (var j = first; j < text.Count && j - first < Reach; j++)
        {
            var gap = text.GapBefore(j);
            var colon = gap.IndexOf(':');
            if (j > first && text.Sentence(j) != text.Sentence(cue.Word))
            {
                if (colon >= 0 && cue.Use.HasFlag(CueUse.Words) && text.Sentence(j - 1) == text.Sentence(cue.Word) && !InsideRun(j, colon))
                {
                    // وقال الشهري في نص رسالته إلى أبنائه: ¶ “رسالة ...: a colon that ends the cue's paragraph opens the next.
                    ReadAfterColon(j, spans);
                }
                break;
            }
            if (colon >= 0 && j > first && shapes.Lexicon.ListHeadings.Contains(text.Folded(j - 1)))
            {
                // أعلنت الإدارة عن وظائف وفق الشروط التالية: 1ـ أن يكون: a list follows, not the speaker's words.
                break;
            }
            if (colon >= 0 && cue.Use.HasFlag(CueUse.Words) && !InsideRun(j, colon))
            {
                // وأضاف: يواصل الطيران مطاردتهم: the first word after the colon is the speaker's, whatever it is.
                ReadAfterColon(j, spans);
                return spans;
            }
            if (CueFinder.StandsAsCue(text, shapes.Lexicon, j) && !OccasionGiven(j))
            {
                break;
            }
            if (OpeningRun(j) is { } run)
            {
                if (cue.Use.HasFlag(CueUse.Words) && IsSpeech(run, j))
                {
                    AddQuoted(run, spans, goesOn: false);
                    AddFollowingQuotes(run, spans);
                    return spans;
                }
                j = text.WordAt(text.Runs[run].ContentEnd) - 1;
                continue;
            }
            if ((shapes.IsComplementizer(j) || (j > first && AfterObject(j))) && (cue.Use.HasFlag(CueUse.Reported) || AfterVoicedObject(j))
                && !Blocked(j))
            {
                ReadReported(j, spans, goesOn: false);
                return spans;
            }
        }
        return spans;
    }

    /// <summary>
    /// مؤكدا فخره باستشهاد ابنه، وأنه لن يتردد: a verb of saying with an object first, then a comma and "and that" with
    /// a pronoun or a noun after it, reports the second. Not وأن يتغمده الله، a wish (أن before a verb); without the
    /// comma (يقول رجالات الهلال يعرفون ... وأنهم) it is mostly the said words going on.
    /// </summary>
    private bool AfterObject(int j)
    {
        var folded = text.Folded(j);
        if (folded.Length < 3 || folded[0] != 'و' || !shapes.Lexicon.Complementizers.Contains(folded.AsSpan(1)) || !text.CommaBefore(j))
        {
            return false;
        }
        if (folded.Length > 3)
        {
            return true;
        }
        // وإن كان، وإن شاء الله: folded alike, "even if" opens no report.
        return j + 1 < text.Count && text.Folded(j + 1) is { Length: > 0 } next && next[0] is not ('ي' or 'ت' or 'ن')
            && next is not ("لا" or "لم" or "كان" or "كانت" or "شاء");
    }

    /// <summary>
    /// أعرب عن اعتقاده بأن، مختتما حديثه بأن: a verb of words only (أعرب، اختتم) reports what an أن right after a belief
    /// or an occasion with a pronoun opens.
    /// </summary>
    private bool AfterVoicedObject(int j) =>
        j > 0 && shapes.IsComplementizer(j) && (shapes.IsBeliefWithPronoun(j - 1) || shapes.IsOccasionWithPronoun(j - 1));

    /// <summary>
    /// وقال بارزاني في كلمة ألقاها في دهوك "...", وأضاف في كلمته التي ألقاها: "which he gave" after the occasion
    /// describes where the cue's own words were said; it is no new speaker's act and does not end the cue's reach.
    /// </summary>
    private bool OccasionGiven(int j) =>
        j > 0 && text.Folded(j) is "القاها" or "القاه" && (text.Folded(j - 1) is "التي" or "الذي" || !shapes.IsDefinite(j - 1));

    private void ReadAfterColon(int j, List<QuoteSpan> spans)
    {
        if (OpeningRun(j) is { } run)
        {
            AddQuoted(run, spans, goesOn: false);
            AddFollowingQuotes(run, spans);
            return;
        }
        var gap = text.GapBefore(j);
        if (gap.Contains('(') && Bracketed(j) is { } inside)
        {
            spans.Add(new QuoteSpan(inside.Start, inside.End, Direct: true, GoesOn: false));
            return;
        }
        AddBare(j, ends.LastWordAfterColon(j), spans);
    }

    private void ReadReported(int complementizer, List<QuoteSpan> spans, bool goesOn)
    {
        var first = complementizer + 1;
        if (first >= text.Count || text.Paragraph(first) != text.Paragraph(complementizer))
        {
            return;
        }
        var last = ends.LastWord(first, out var atSentenceEnd);
        var run = OpeningRun(first);
        if (run is { } r && text.RunOf(last) == r)
        {
            // وتابع أن "الحرب ...": quote marks around the whole clause make it the speaker's own words.
            AddQuoted(r, spans, goesOn);
        }
        else
        {
            spans.Add(new QuoteSpan(text.Start(first), ends.EndOf(first, last), Direct: false, goesOn));
        }
        // وأشار إلى أن ... . وأن هدف ...: a sentence that opens with وأن goes on reporting.
        var next = last + 1;
        if (atSentenceEnd && next < text.Count && text.Paragraph(next) == text.Paragraph(last) && text.Folded(next) == "وان")
        {
            ReadReported(next, spans, goesOn: true);
        }
    }

    private void AddBare(int first, int last, List<QuoteSpan> spans)
    {
        var end = ends.EndOf(first, last);
        if (end > text.Start(first))
        {
            spans.Add(new QuoteSpan(text.Start(first), end, Direct: true, GoesOn: false));
        }
    }

    private void AddQuoted(int run, List<QuoteSpan> spans, bool goesOn)
    {
        var quoted = text.Runs[run];
        var end = quoted.ContentEnd;
        if (!quoted.Closed)
        {
            // Never closed: the speech runs to the end of the paragraph, without its last full stop.
            while (end > quoted.ContentStart && text.Text[end - 1] is '.' or '\u060C' or ',' or ':' or '\u061B' or ' ' or '\u00A0')
            {
                end--;
            }
        }
        if (end > quoted.ContentStart)
        {
            spans.Add(new QuoteSpan(quoted.ContentStart, end, Direct: true, goesOn));
        }
    }

    /// <summary>"لن نكون ..." في العراق، لكن "تعاوننا ...": more quote marks in the sentence, with no new cue, go on.</summary>
    private void AddFollowingQuotes(int run, List<QuoteSpan> spans)
    {
        var sentence = text.Sentence(text.WordAt(text.Runs[run].ContentStart));
        var between = 0;
        for (var k = text.WordAt(text.Runs[run].Close + 1); k < text.Count && text.Sentence(k) == sentence; k++)
        {
            if (OpeningRun(k) is { } next && IsSpeech(next, k))
            {
                AddQuoted(next, spans, goesOn: true);
                k = text.WordAt(text.Runs[next].Close + 1) - 1;
                between = 0;
                continue;
            }
            if (shapes.IsCue(k) || shapes.IsComplementizer(k) || ++between > MaxWordsBetweenQuotes)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Quote marks hold speech when they hold at least three words (or any after a colon), are not a name after a
    /// naming noun (قناة، بعنوان، بشعار), and are not the subject of a complementizer or colon that follows them.
    /// </summary>
    private bool IsSpeech(int run, int firstWord)
    {
        var quoted = text.Runs[run];
        var words = text.WordAt(quoted.ContentEnd) - text.WordAt(quoted.ContentStart);
        var afterColon = text.GapBefore(firstWord).Contains(':');
        if (words < MinQuotedWords && !afterColon)
        {
            return false;
        }
        if (firstWord > 0 && shapes.Lexicon.NameIntroducers.Contains(text.Folded(firstWord - 1)) && !afterColon)
        {
            return false;
        }
        if (!afterColon && words <= MaxNameWords && QuotedElsewhere(quoted))
        {
            // مشيداً بالتعاون الذي يجده "باب رزق جميل": a few words the article sets in quote marks three times or
            // more are a name, not words said.
            return false;
        }
        var after = text.WordAt(quoted.Close + 1);
        return after >= text.Count || !(shapes.IsComplementizer(after) && text.Sentence(after) == text.Sentence(firstWord))
            || text.GapBefore(after).Contains(':');
    }

    private bool QuotedElsewhere(QuotedRun quoted)
    {
        var words = text.Text.AsSpan(quoted.ContentStart, quoted.ContentEnd - quoted.ContentStart);
        var times = 0;
        foreach (var other in text.Runs)
        {
            if (other.ContentEnd - other.ContentStart == words.Length
                && text.Text.AsSpan(other.ContentStart, other.ContentEnd - other.ContentStart).SequenceEqual(words))
            {
                times++;
            }
        }
        // Twice may be a saying quoted again (كونوا أحلاس بيوتكم); a name recurs more.
        return times >= 3;
    }

    /// <summary>The quoted run that opens in the gap before word <paramref name="j"/>, if any.</summary>
    private int? OpeningRun(int j)
    {
        var run = text.RunOf(j);
        if (run < 0)
        {
            return null;
        }
        var gapStart = j == 0 ? 0 : text.End(j - 1);
        return text.Runs[run].Open >= gapStart && text.Runs[run].Open < text.Start(j) ? run : null;
    }

    private bool InsideRun(int j, int colonInGap)
    {
        var position = (j == 0 ? 0 : text.End(j - 1)) + colonInGap;
        foreach (var run in text.Runs)
        {
            if (run.Contains(position))
            {
                return true;
            }
        }
        return false;
    }

    private bool HasMarkOrColon(int j)
    {
        foreach (var c in text.GapBefore(j))
        {
            if (c == ':' || NounPhraseReader.IsQuoteMark(c))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>بعد أن، إلا أن، يجب أن: a complementizer that is not one of saying.</summary>
    private bool Blocked(int j) =>
        j > 0 && text.Sentence(j - 1) == text.Sentence(j) && shapes.Lexicon.ComplementizerBlockers.Contains(text.Folded(j - 1));

    /// <summary>قال: (اللاعب الكبير ...): words in brackets after a colon.</summary>
    private (int Start, int End)? Bracketed(int j)
    {
        var open = text.Text.LastIndexOf('(', text.Start(j));
        var close = text.Text.IndexOf(')', open + 1);
        var lineEnd = text.Text.IndexOf('\n', open + 1);
        if (open < 0 || close < 0 || (lineEnd >= 0 && lineEnd < close))
        {
            return null;
        }
        var (from, to) = (open + 1, close);
        while (from < to && char.IsWhiteSpace(text.Text[from]))
        {
            from++;
        }
        while (to > from && char.IsWhiteSpace(text.Text[to - 1]))
        {
            to--;
        }
        return to > from ? (from, to) : null;
    }
}
