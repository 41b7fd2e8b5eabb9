using Marsad.Quotes.Reading;
using Marsad.Quotes.Speakers;
using Marsad.Quotes.Vocabulary;

namespace Marsad.Quotes.Spans;

/// <summary>
/// Where quoted content stops when no quote mark closes it: at the end of its sentence, or earlier where the
/// narrator takes over within the sentence: a comma before a participle (، مشيرا إلى أن starts the next quotation;
/// ، سائلا الله and ، مؤكدا العمل end this one), before another cue or a narrator's phrase (، في حين، ، دون أن), or
/// فيما "while". Words inside quote marks opened within the content are the speaker's and never end it.
/// </summary>
internal sealed class ClauseEnds(WordShapes shapes)
{
    private const int MaxWordsToComplementizer = 5;

    private readonly QuoteText text = shapes.Text;
    private readonly QuoteLexicon lexicon = shapes.Lexicon;

    /// <summary>The last word of the content that starts at word <paramref name="first"/>.</summary>
    public int LastWord(int first, out bool atSentenceEnd) => LastWord(first, ownWords: false, out atSentenceEnd);

    private int LastWord(int first, bool ownWords, out bool atSentenceEnd)
    {
        var last = first;
        atSentenceEnd = true;
        for (var k = first + 1; k < text.Count && text.Sentence(k) == text.Sentence(first); k++)
        {
            if (!InsideQuoteOpenedAfter(k, first) && TakesOver(k) && !(ownWords && ContrastsWithin(k)))
            {
                atSentenceEnd = false;
                break;
            }
            last = k;
        }
        return last;
    }

    /// <summary>
    /// After a colon with no quote marks: the sentence, and the rest of its paragraph (a speech set out over several
    /// sentences) up to the last whole sentence before anyone else speaks in it.
    /// </summary>
    public int LastWordAfterColon(int first)
    {
        var last = LastWord(first, ownWords: true, out var atSentenceEnd);
        if (!atSentenceEnd)
        {
            return last;
        }
        var (paragraphEnd, sentenceEnd) = (last, last);
        for (var k = last + 1; k < text.Count && text.Paragraph(k) == text.Paragraph(first); k++)
        {
            if (text.Sentence(k) != text.Sentence(k - 1))
            {
                sentenceEnd = k - 1;
            }
            if (shapes.IsCue(k) || TakesOver(k))
            {
                // Someone speaks again: the speech ends with the last whole sentence before that.
                return sentenceEnd;
            }
            paragraphEnd = k;
        }
        return paragraphEnd;
    }

    /// <summary>The end of the content, past a closing bracket or quote mark that belongs to it.</summary>
    public int EndOf(int first, int last)
    {
        var end = text.End(last);
        var run = text.RunOf(last);
        if (run >= 0 && text.Runs[run].Closed && text.Runs[run].Open >= text.Start(first) && text.Runs[run].Close >= end)
        {
            return text.Runs[run].Close + 1;
        }
        var span = text.Text.AsSpan(text.Start(first), end - text.Start(first));
        if (end < text.Text.Length && text.Text[end] == ')' && span.Count('(') > span.Count(')'))
        {
            return end + 1;
        }
        return end;
    }

    /// <summary>
    /// وقال الحرقان: كان الأهالي ...، في حين أن فرحة العيد ...: after a colon the words are the speaker's own, and a
    /// contrast they draw (في حين، بينما) is theirs too.
    /// </summary>
    private bool ContrastsWithin(int k) =>
        text.Folded(k) is "بينما" or "وبينما" || (text.Folded(k) == "في" && k + 1 < text.Count && text.Folded(k + 1) is "حين" or "وقت");

    private bool TakesOver(int k)
    {
        var word = text.Folded(k);
        if (shapes.IsWhile(k))
        {
            return true;
        }
        var cue = lexicon.Cue(word);
        var gap = text.GapBefore(k);
        // A semicolon (المرسم عبارة عن استديو؛ مشيراً إلى أن) parts clauses as a comma does.
        var comma = gap.Contains(',') || gap.Contains('\u060C') || gap.Contains(';') || gap.Contains('\u061B');
        // وتحدث عن، ومشيرا إلى: a cue joined by و starts the narrator's next clause; a participle alone does so
        // only after a comma (عالقة في ذاكرة: ذاكرة is a noun there, not "mentioning").
        if (cue is not null && word[0] == 'و' && (cue.Form != CueForm.Verb || !cue.ClauseInitialOnly))
        {
            return true;
        }
        if (cue is { Form: CueForm.Noun } || (k + 1 < text.Count && lexicon.Cue(text.Folded(k + 1)) is { Form: CueForm.Noun }))
        {
            return true;
        }
        // ما يؤكد أن: the narrator's comment on what was said.
        if (word is "ما" or "مما" && k + 1 < text.Count && cue is null && lexicon.Cue(text.Folded(k + 1)) is not null)
        {
            return true;
        }
        if (!comma)
        {
            // نظام التوطين خلق حافزا للشركات معتبرا في الوقت نفسه أن: a participle of saying right after a word, whose
            // complementizer follows within a few words, starts the next quotation though no comma stands before it.
            // After a closing quote mark it is the quoted person's (أن المدعي العام وجه ... "الرشى" معتبرا أنها).
            // A percent sign is the number's (ورفعت الأسعار 50% مؤكدًا أنه), and so is a closing bracket the list's
            // (تشمل (10ت أبو مرخة و6 ت) موضحاً أنه).
            return cue is { Form: CueForm.Participle } && gap.Trim() is [] or ['%'] or ['\u066A'] or [')'] && ComplementizerWithin(k);
        }
        return cue is not null || LooksLikeParticiple(word) || StartsNarratorPhrase(k) || AlsoSaid(k) || HadSaid(k);
    }

    /// <summary>
    /// ، وكان بنيامين محمد وكيل اللاعب تحدث بأن: وكان opening a clause whose verb of saying follows within a few words is
    /// the narrator telling what someone had said (not كان alone: ، كان قد رفض is a relative clause of the speaker's).
    /// </summary>
    private bool HadSaid(int k)
    {
        if (text.Folded(k) is not ("وكان" or "وكانت"))
        {
            return false;
        }
        for (var j = k + 1; j < text.Count && j <= k + 6 && text.Sentence(j) == text.Sentence(k); j++)
        {
            if (lexicon.Cue(text.Folded(j)) is { Form: CueForm.Verb })
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>، كما أبان أن: كما "as" before a cue, after a comma, is the narrator adding what else was said.</summary>
    private bool AlsoSaid(int k) => text.Folded(k) == "كما" && k + 1 < text.Count && lexicon.Cue(text.Folded(k + 1)) is not null;

    /// <summary>مفعلا or فاعلا shapes after a comma (مشيدا، منتظرا، حامدا): the narrator's circumstance.</summary>
    private bool LooksLikeParticiple(string w)
    {
        if (w.Length < 5 || w[^1] != 'ا' || lexicon.AdverbsNotParticiples.Contains(w))
        {
            return false;
        }
        return w[0] == 'م' || (w.Length == 5 && w[1] == 'ا');
    }

    private bool ComplementizerWithin(int k)
    {
        for (var j = k + 1; j < text.Count && j - k <= MaxWordsToComplementizer && text.Sentence(j) == text.Sentence(k); j++)
        {
            if (shapes.IsComplementizer(j))
            {
                return true;
            }
            if (lexicon.Cue(text.Folded(j)) is not null || !text.GapBefore(j).IsWhiteSpace())
            {
                return false;
            }
        }
        return false;
    }

    private bool StartsNarratorPhrase(int k)
    {
        var phrase = text.Folded(k);
        for (var n = 0; n < 3 && k + n < text.Count; n++)
        {
            if (n > 0)
            {
                phrase += " " + text.Folded(k + n);
            }
            if (lexicon.ClauseEndPhrases.Contains(phrase))
            {
                return true;
            }
        }
        return false;
    }

    private bool InsideQuoteOpenedAfter(int k, int first)
    {
        var run = text.RunOf(k);
        return run >= 0 && text.Runs[run].Open >= text.Start(first) - 1 && text.Runs[run].Open < text.Start(k);
    }
}
