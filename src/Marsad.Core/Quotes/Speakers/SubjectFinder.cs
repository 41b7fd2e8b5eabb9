using Marsad.Quotes.Cues;
using Marsad.Quotes.Vocabulary;

namespace Marsad.Quotes.Speakers;

/// <summary>
/// Finds where a verb's subject is written: after it (قال رئيس الوزراء; past a circumstance set in commas: قالت،
/// عصر أمس، وزارة الخارجية), or, when nothing after it can be one, before it at the head of its clause (مصادر أردنية
/// قالت لـ«عكاظ» إن، الكاظمي يؤكد أن، وكانت المؤسسة أوضحت) or before a relative pronoun (النسور الذي أعلن).
/// </summary>
internal sealed class SubjectFinder(WordShapes shapes, NounPhraseReader phrases)
{
    private const int MaxWordsBefore = 10;

    private static readonly Vocabulary.FoldedWords TimePrepositions =
        new(["بعد", "قبل", "خلال", "عقب", "منذ", "إثر", "اثر", "أثناء", "اثناء", "لدى", "عند", "وسط", "حول", "مع", "رغم", "برغم"]);
    private const int MaxWordsToParticiple = 40;

    public NounPhrase? After(SpeechCue cue)
    {
        var text = shapes.Text;
        var j = cue.LastWord + 1;
        if (j >= text.Count || text.Sentence(j) != text.Sentence(cue.Word))
        {
            return null;
        }
        var gap = text.GapBefore(j);
        if (gap.Contains(':') || OpensLongQuote(j))
        {
            return null;
        }
        if ((gap.Contains(',') || gap.Contains('\u060C')) && shapes.IsStopper(j))
        {
            j = AfterNextComma(j);
            if (j < 0)
            {
                return null;
            }
        }
        j = PastAddressee(j);
        if (j >= text.Count || text.Sentence(j) != text.Sentence(cue.Word))
        {
            return null;
        }
        var w = text.Folded(j);
        if (shapes.IsProphetsBlessing(j))
        {
            // حين قال صلى الله عليه وسلم "...": the blessing stands for the one it blesses, the subject.
            return new NounPhrase(j, j);
        }
        if (shapes.IsComplementizer(j) || shapes.IsStopper(j) || w == "ل" || w.StartsWith("لل", StringComparison.Ordinal))
        {
            return null;
        }
        return phrases.ReadForward(j);
    }

    /// <summary>
    /// ورصد تقرير مؤسسة النقد ارتفاعا، مبينا أن; تدفق النازحون، وأمر حينها الملك فهد بمعاملتهم كضيوف، عادّا أن: the
    /// subjects of the verbs that head a clause of the participle's sentence, nearest first, when no other cue is in that sentence
    /// (<paramref name="previousCue"/> is the last one before). A clause head reads as a verb when it is و and a word of three to six
    /// letters that is not definite, a known small word (وبعد ثلاثة أيام is و and one), a title or an institution.
    /// </summary>
    public IEnumerable<NounPhrase> OfClauseVerb(SpeechCue cue, int previousCue)
    {
        var text = shapes.Text;
        if (previousCue >= 0 && text.Sentence(previousCue) == text.Sentence(cue.Word))
        {
            // ذاكرا أن النادي سيكرم القاص المليحان، مضيفا: a clause inside the last cue's words is no new speaker's.
            yield break;
        }
        // Nearest first; a clause head inside quote marks (” الانتصار العظيم للقيادة، والشعب“) is no verb of the sentence.
        for (var head = cue.Word - 1; head > previousCue && cue.Word - head <= MaxWordsToParticiple
            && text.Sentence(head) == text.Sentence(cue.Word); head--)
        {
            if (text.RunOf(head) < 0 && ((text.StartsClause(head) && ReadsAsVerb(head)) || OpensSentenceAsVerb(head) || AfterConjunctionAsVerb(head))
                && !ObjectWithPronounAfter(head) && After(new SpeechCue(head, head, CueForm.Verb, CueUse.None)) is { } subject)
            {
                yield return subject;
            }
            else if (text.StartsClause(head) && text.Folded(head) is "اما" or "أما" && Topic(head) is { } topic)
            {
                yield return topic;
            }
        }
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
        return text.RunOf(head) < 0 && OpensSentenceAsVerb(head) ? After(new SpeechCue(head, head, CueForm.Verb, CueUse.None)) : null;
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
        var w = text.Folded(k);
        // After a dateline's colon too (مانيلا - «الشرق الأوسط»: أيد رئيس الفلبين).
        var opens = k == 0 || text.Sentence(k - 1) != text.Sentence(k) || text.GapBefore(k).Contains(':') || AfterLeadingWords(k);
        return opens && w.Length is >= 3 and <= 6 && !shapes.IsDefinite(k)
            && !shapes.IsVocabulary(k) && !shapes.HasJoinedPreposition(k) && !IsClauseLead(k);
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
        while (j >= 0 && text.Sentence(j) == text.Sentence(k) && IsClauseLead(j) && (j == k - 1 || text.GapBefore(j + 1).IsWhiteSpace()))
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
        var w = text.Folded(k);
        return opens && w.Length is >= 3 and <= 6 && !shapes.IsDefinite(k) && !shapes.IsVocabulary(k) && !shapes.HasJoinedPreposition(k)
            && !IsClauseLead(k);
    }

    private bool ReadsAsVerb(int k)
    {
        var w = shapes.Text.Folded(k);
        return w.Length is >= 4 and <= 7 && w[0] == 'و' && !w.StartsWith("وال", StringComparison.Ordinal) && !shapes.IsDefinite(k)
            && !shapes.IsStopper(k) && !shapes.IsVocabulary(k) && !shapes.IsTitle(k) && !shapes.IsInstitution(k) && !shapes.IsCue(k)
            && !IsClauseLead(k) && !(shapes.Lexicon.Stoppers.Contains(w.AsSpan(1)));
    }

    /// <summary>
    /// قال عنه سيدنا عمر، قالت لها الوزيرة، ألقاها نيابة عنهم رئيس المركز: a pronoun the verb is said to or about
    /// (one word, or نيابة عن...) stands between the verb and its subject and is stepped over.
    /// </summary>
    private int PastAddressee(int j)
    {
        var text = shapes.Text;
        if (text.Folded(j) == "ل" && j + 1 < text.Count && text.RunOf(j + 1) is var run and >= 0 && text.Runs[run].Closed)
        {
            // أكد لـ «عكاظ» المتحدث الرسمي: the paper it was said to, in quote marks, comes before the subject.
            var after = text.WordAt(text.Runs[run].ContentEnd - 1) + 1;
            return after - (j + 1) <= 3 && after < text.Count ? after : j;
        }
        if (shapes.Lexicon.Addressees.Contains(text.Folded(j)) && j + 1 < text.Count && shapes.Text.BlankBefore(j + 1))
        {
            return j + 1;
        }
        if (text.Folded(j).StartsWith("نيابه", StringComparison.Ordinal) && j + 2 < text.Count && shapes.Text.BlankBefore(j + 1) && shapes.Text.BlankBefore(j + 2)
            && shapes.Lexicon.Addressees.Contains(text.Folded(j + 1)))
        {
            return j + 2;
        }
        return j;
    }

    /// <summary>نقل ... عن ميركل قولها إن: the words between عن and a verbal noun of saying, when they are there.</summary>
    public NounPhrase? QuotedFrom(SpeechCue cue)
    {
        var text = shapes.Text;
        for (var j = cue.Word - 1; j >= 0 && cue.Word - j <= MaxWordsBefore && text.Sentence(j) == text.Sentence(cue.Word); j--)
        {
            if (text.Folded(j) == "عن")
            {
                return j + 1 < cue.Word && phrases.ReadForward(j + 1) is { } phrase
                    ? phrase with { Last = Math.Min(phrase.Last, cue.Word - 1) }
                    : null;
            }
            if (text.StartsClause(j) || shapes.IsCue(j))
            {
                return null;
            }
        }
        return null;
    }

    public NounPhrase? Before(SpeechCue cue)
    {
        var text = shapes.Text;
        var previous = cue.Word - 1;
        if (previous >= 0 && text.Folded(previous) is "الذي" or "التي" or "الذين" && !text.StartsClause(cue.Word))
        {
            return BackFrom(previous - 1);
        }
        if (previous >= 0 && shapes.Lexicon.NonSpeakers.Contains(text.Folded(previous)) && text.BlankBefore(cue.Word))
        {
            // طاولة تحمل لافتة تقول: what says it is the word right before the verb, whatever the clause opened with.
            return new NounPhrase(previous, previous);
        }
        // Back to the head of the clause; the subject is what stands there, past its leading small words.
        var first = cue.Word;
        while (first > 0 && (!text.StartsClause(first) || IsParticleAfterComma(first)) && cue.Word - first < MaxWordsBefore)
        {
            first--;
        }
        if (!text.StartsClause(first))
        {
            return null;
        }
        var afterPreposition = OpensCircumstance(first);
        while (first < cue.Word && IsClauseLead(first))
        {
            afterPreposition |= shapes.Text.Folded(first) is "في" or "وفي";
            first++;
        }
        // وكان الوزير قد قال: the particle between the subject and its verb is no part of the subject.
        var last = cue.Word - 1;
        while (last > first && text.Folded(last) is "قد" or "لقد")
        {
            last--;
        }
        // وفي وقت لاحق من يوم أمس قالت: what a preposition heading the clause opens is a circumstance, not the subject.
        return first <= last && first < cue.Word && !afterPreposition ? new NounPhrase(first, last) : null;
    }

    /// <summary>وكان مجلس المحافظة، قد أعلن: قد after a comma goes on the clause its subject opened; a clause never starts with it.</summary>
    private bool IsParticleAfterComma(int i) => shapes.Text.Folded(i) is "قد" or "لقد" && !shapes.Text.GapBefore(i).IsWhiteSpace();

    /// <summary>وبعد ثلاثة أيام من النقاش أقر: a clause that opens with a preposition of time or place opens with a circumstance.</summary>
    private bool OpensCircumstance(int i)
    {
        var w = shapes.Text.Folded(i).AsSpan();
        return TimePrepositions.Contains(w) || (w.Length > 3 && w[0] is 'و' or 'ف' && TimePrepositions.Contains(w[1..]));
    }

    private bool IsClauseLead(int i)
    {
        var w = shapes.Text.Folded(i).AsSpan();
        return shapes.Lexicon.ClauseLeads.Contains(w) || (w.Length > 3 && w[0] == 'و' && shapes.Lexicon.ClauseLeads.Contains(w[1..]));
    }

    /// <summary>The name or title that ends at <paramref name="last"/>, read backwards (رئيس الوزراء الأردني عبدالله النسور).</summary>
    private NounPhrase? BackFrom(int last)
    {
        var text = shapes.Text;
        var first = last;
        while (first > 0 && last - first < MaxWordsBefore && text.Sentence(first - 1) == text.Sentence(last)
            && !text.StartsClause(first) && !shapes.IsStopper(first - 1) && !shapes.IsCue(first - 1)
            && (shapes.CanContinueName(first - 1) || shapes.IsTitle(first - 1) || shapes.IsDefinite(first - 1))
            && !IsCommonVerbOrNoun(first - 1))
        {
            first--;
        }
        if (last >= first && BracketedNameBefore(first) is { } named)
        {
            first = named;
        }
        return last >= first && last >= 0 ? new NounPhrase(first, last) : null;
    }

    /// <summary>
    /// على لسان (جيسكار ديستان) الرئيس الفرنسي السابق ... الذي قال: a name of up to four words in brackets right before
    /// a title is the title's holder; the first word of the name, or null.
    /// </summary>
    private int? BracketedNameBefore(int title)
    {
        var text = shapes.Text;
        if (title < 2 || !shapes.IsTitle(title) || !text.GapBefore(title).Contains(')'))
        {
            return null;
        }
        for (var k = title - 1; k >= 0 && title - k <= 4 && text.Sentence(k) == text.Sentence(title); k--)
        {
            var gap = text.GapBefore(k);
            if (gap.Contains('('))
            {
                return shapes.CanStartName(k) ? k : null;
            }
            if (!gap.IsWhiteSpace() || !shapes.CanContinueName(k))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>
    /// لم يصب كاروناناياكي بسوء، الذي قال: a word without ال that is no title and that the news (almost) never writes in
    /// a name is where the name read back from a relative begins no further.
    /// </summary>
    private bool IsCommonVerbOrNoun(int k) =>
        !shapes.IsDefinite(k) && !shapes.IsTitle(k) && shapes.Lexicon.NameShares.IsNeverAName(shapes.Text.Folded(k));

    private int AfterNextComma(int j)
    {
        var text = shapes.Text;
        for (var k = j + 1; k < text.Count && k - j <= 8 && text.Sentence(k) == text.Sentence(j); k++)
        {
            var gap = text.GapBefore(k);
            if (gap.Contains(',') || gap.Contains('\u060C'))
            {
                return k;
            }
        }
        return -1;
    }

    private bool OpensLongQuote(int j)
    {
        var run = shapes.Text.RunOf(j);
        if (run < 0 || shapes.Text.Runs[run].Open < (j > 0 ? shapes.Text.End(j - 1) : 0))
        {
            return false;
        }
        var quoted = shapes.Text.Runs[run];
        return shapes.Text.WordAt(quoted.ContentEnd) - shapes.Text.WordAt(quoted.ContentStart) > 4;
    }
}
