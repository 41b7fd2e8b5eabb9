using Marsad.Quotes.Cues;
using Marsad.Quotes.Vocabulary;

namespace Marsad.Quotes.Speakers;

/// <summary>
/// The subjects of the verbs that head the clauses before a cue with no subject of its own: a participle or a verbal
/// noun after a clause headed by another verb and its subject (وأمر الملك فهد بمعاملتهم كضيوف، عادّا أن), and the
/// verb that opens the sentence before a continuation that has nobody before it. A clause head reads as a verb by its
/// shape alone.
/// </summary>
internal sealed class ClauseSubjects(WordShapes shapes, SubjectFinder subjects)
{
    private const int MaxWordsToParticiple = 40;

    /// <summary>
    /// ورصد تقرير مؤسسة النقد ارتفاعا، مبينا أن; تدفق النازحون، وأمر حينها الملك فهد بمعاملتهم كضيوف، عادّا أن: the
    /// subjects of the verbs that head a clause of the participle's sentence, nearest first, when no other cue is in that sentence
    /// (<paramref name="previousCue"/> is the last one before). A clause head reads as a verb when it is و and a word of three to six
    /// letters that is not definite, a known small word (وبعد ثلاثة أيام is و and one), a title or an institution.
    /// </summary>
    public IEnumerable<(NounPhrase Subject, bool AfterWhile)> OfClauseVerb(SpeechCue cue, int previousCue)
    {
        var text = shapes.Text;
        var from = previousCue;
        var afterWhile = false;
        if (previousCue >= 0 && text.Sentence(previousCue) == text.Sentence(cue.Word))
        {
            // ذاكرا أن النادي سيكرم القاص المليحان، مضيفا: a clause inside the last cue's words is no new speaker's,
            // unless "while" has ended them (تحدث ... أن الضبطيات جاءت ...، فيما وجه اللواء سفر الغامدي شكره، مؤكدا).
            from = WhileAfter(previousCue, cue.Word);
            if (from < 0)
            {
                yield break;
            }
            afterWhile = true;
        }
        // Nearest first; a clause head inside quote marks (” الانتصار العظيم للقيادة، والشعب“) is no verb of the sentence.
        for (var head = cue.Word - 1; head > from && cue.Word - head <= MaxWordsToParticiple
            && text.Sentence(head) == text.Sentence(cue.Word); head--)
        {
            if (text.RunOf(head) < 0 && ((text.StartsClause(head) && ReadsAsVerb(head)) || OpensSentenceAsVerb(head) || AfterConjunctionAsVerb(head))
                && !ObjectWithPronounAfter(head) && subjects.After(new SpeechCue(head, head, CueForm.Verb, CueUse.None)) is { } subject)
            {
                yield return (subject, afterWhile);
            }
            else if (text.StartsClause(head) && text.Folded(head) is "اما" or "أما" && Topic(head) is { } topic)
            {
                yield return (topic, afterWhile);
            }
        }
    }

    /// <summary>The last فيما or بينما "while" between two words, where the narrator takes over from a speaker; -1 when none.</summary>
    private int WhileAfter(int first, int last)
    {
        for (var k = last - 1; k > first; k--)
        {
            if (shapes.Text.Folded(k) is "بينما" or "وبينما" || shapes.IsWhile(k))
            {
                return k;
            }
        }
        return -1;
    }

    /// <summary>
    /// وكرر مطالبته للشعب العراقي ...، قائلا: a common word with a pronoun after the verb is its object; the verb's
    /// subject is in the verb itself, the one who spoke before. Not an adverb before the subject (وأمر حينها الملك فهد).
    /// </summary>
    private bool ObjectWithPronounAfter(int verb)
    {
        var k = verb + 1;
        if (k >= shapes.Text.Count || !shapes.Text.BlankBefore(k))
        {
            return false;
        }
        // As written: folding makes the ة of وزارة an ه.
        var w = shapes.Text.Display(k);
        var subjectAfter = k + 1 < shapes.Text.Count && (shapes.IsTitle(k + 1) || shapes.CanStartName(k + 1));
        return w.Length > 4 && (w.EndsWith('ه') || w.EndsWith("ها", StringComparison.Ordinal) || w.EndsWith("هم", StringComparison.Ordinal))
            && shapes.Lexicon.NameShares.IsNeverAName(shapes.Text.Folded(k)) && !subjectAfter;
    }

    /// <summary>
    /// دان وجهاء وأعيان محافظة القطيف الجريمة. وأكدوا أن: the subject of the verb that opens the sentence before the
    /// cue's, for a continuation that has nobody before it.
    /// </summary>
    public NounPhrase? OfSentenceBefore(SpeechCue cue)
    {
        var text = shapes.Text;
        var first = cue.Word;
        while (first > 0 && text.Sentence(first - 1) == text.Sentence(cue.Word))
        {
            first--;
        }
        if (first == 0)
        {
            return null;
        }
        var head = first - 1;
        while (head > 0 && text.Sentence(head - 1) == text.Sentence(first - 1))
        {
            head--;
        }
        return text.RunOf(head) < 0 && OpensSentenceAsVerb(head) ? subjects.After(new SpeechCue(head, head, CueForm.Verb, CueUse.None)) : null;
    }

    /// <summary>أما أم سعد فقد تعلمت الحرفة ...، مضيفة أن: the topic أما sets up, up to the word that opens with فـ.</summary>
    private NounPhrase? Topic(int amma)
    {
        var text = shapes.Text;
        for (var k = amma + 2; k < text.Count && k - amma <= 5 && text.Sentence(k) == text.Sentence(amma); k++)
        {
            if (!shapes.Text.BlankBefore(k))
            {
                return null;
            }
            if (text.Display(k) is ['ف', _, _, ..])
            {
                return new NounPhrase(amma + 1, k - 1);
            }
        }
        return null;
    }

    /// <summary>
    /// حددت وزارة العمل ضوابط ...، مشيرة إلى أنه: the first word of a sentence, in news most often its verb, when it is
    /// a word of three to six letters that is not definite, a known small word, a title, an institution or a cue.
    /// </summary>
    private bool OpensSentenceAsVerb(int k)
    {
        var text = shapes.Text;
        // After a dateline's colon too (مانيلا - «الشرق الأوسط»: أيد رئيس الفلبين).
        var opens = k == 0 || text.Sentence(k - 1) != text.Sentence(k) || text.GapBefore(k).Contains(':') || AfterLeadingWords(k);
        return opens && shapes.CanBeBareVerb(k) && !shapes.IsClauseLead(k);
    }

    /// <summary>من جهته، طمأن القائد ...: the sentence's first words are leads (من جهته، بدوره) set off by a comma.</summary>
    private bool AfterLeadingWords(int k)
    {
        var text = shapes.Text;
        if (k == 0 || !text.CommaBefore(k))
        {
            return false;
        }
        var j = k - 1;
        while (j >= 0 && text.Sentence(j) == text.Sentence(k) && shapes.IsClauseLead(j) && (j == k - 1 || text.GapBefore(j + 1).IsWhiteSpace()))
        {
            j--;
        }
        return j < k - 1 && (j < 0 || text.Sentence(j) != text.Sentence(k));
    }

    /// <summary>في حين وصف رئيس المجلس محمد الناصر ...، مؤكدا أن: a verb right after a conjunction that opens a clause.</summary>
    private bool AfterConjunctionAsVerb(int k)
    {
        var text = shapes.Text;
        if (k < 2 || text.Sentence(k - 1) != text.Sentence(k) || !text.GapBefore(k).IsWhiteSpace())
        {
            return false;
        }
        var before = text.Folded(k - 1);
        var opens = (before == "حين" && text.Folded(k - 2) is "في" or "وفي") || before is "بينما" or "وبينما" or "فيما" or "عندما" or "وعندما";
        return opens && shapes.CanBeBareVerb(k) && !shapes.IsClauseLead(k);
    }

    private bool ReadsAsVerb(int k)
    {
        var w = shapes.Text.Folded(k);
        // واستنكرت، واستعرضت: a verb of the form استفعل runs a letter longer.
        var longest = w.StartsWith("واست", StringComparison.Ordinal) ? 8 : 7;
        return w.Length >= 4 && w.Length <= longest && w[0] == 'و' && !w.StartsWith("وال", StringComparison.Ordinal) && !shapes.IsDefinite(k)
            && !shapes.IsStopper(k) && !shapes.IsVocabulary(k) && !shapes.IsTitle(k) && !shapes.IsInstitution(k) && !shapes.IsCue(k)
            && !shapes.IsClauseLead(k) && !(shapes.Lexicon.Stoppers.Contains(w.AsSpan(1)));
    }
}
