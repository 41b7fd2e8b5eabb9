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

    /// <summary>Words that open a clause with a circumstance (of time or place) or a topic, not a subject.</summary>
    private static readonly Vocabulary.FoldedWords CircumstanceOpeners =
        new(["بعد", "قبل", "خلال", "عقب", "منذ", "إثر", "اثر", "أثناء", "اثناء", "لدى", "عند", "وسط", "حول", "مع", "رغم", "برغم",
            "عن", "وعن", "بشأن", "بخصوص"]);

    /// <summary>Words that open a clause before its subject and are no verb of their own for it.</summary>
    private static readonly Vocabulary.FoldedWords NotVerbHeads =
        new(["كان", "كانت", "وكان", "وكانت", "لكن", "ولكن", "ثم", "لقد"]);

    public NounPhrase? After(SpeechCue cue)
    {
        var text = shapes.Text;
        var j = cue.LastWord + 1;
        if (j >= text.Count || text.Sentence(j) != text.Sentence(cue.Word) || AnswersAsFor(cue.Word))
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
        j = PastOwnPart(j);
        j = PastTimeBefore(j);
        if (shapes.Lexicon.Addressees.Contains(text.Folded(j)))
        {
            // سألته ...، قال لي: "...": the one spoken to, with no subject after it, is never the speaker.
            return null;
        }
        if (j + 1 < text.Count && text.Folded(j) is "به" or "بها" && cue.Word > 0 && text.Folded(cue.Word - 1) is "ما")
        {
            // بحسب ما أفاد به المتحدث: the pronoun takes up ما; the subject follows it.
            j++;
        }
        if (j + 1 < text.Count && text.Folded(j) is "فيه" or "فيها" && cue.Word > 0 && text.Folded(cue.Word - 1) is "الذي" or "التي"
            && text.Sentence(j + 1) == text.Sentence(cue.Word) && text.BlankBefore(j + 1))
        {
            // في الوقت الذي أكدت فيه مصادر صحفية أن: the relative's pronoun is where it was said; the subject follows it.
            j++;
        }
        if (j < text.Count && text.Sentence(j) == text.Sentence(cue.Word) && shapes.IsAdverbialAccusative(j))
        {
            // وقال هامساً: how it was said, written with tanween; the subject, if any, follows it.
            j++;
            if (j >= text.Count || text.Sentence(j) != text.Sentence(cue.Word) || text.GapBefore(j).Contains(':'))
            {
                return null;
            }
        }
        if (j >= text.Count || text.Sentence(j) != text.Sentence(cue.Word))
        {
            return null;
        }
        var w = text.Folded(j);
        if (IsObjectWithPronoun(j) || DrawsAttentionTo(j) || IsNounOfOnesOwn(j))
        {
            return null;
        }
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
    /// ولفت النظر إلى أن، لافتا الانتباه إلى أن: "drew attention to" has attention for its object, and the one who drew
    /// it is the speaker already speaking.
    /// </summary>
    private bool DrawsAttentionTo(int j)
    {
        var text = shapes.Text;
        return text.Folded(j) is "النظر" or "الانتباه" && j + 1 < text.Count && text.Folded(j + 1) == "الي" && text.BlankBefore(j + 1);
    }

    /// <summary>
    /// وأكدت ثقتها بأن، وأكد خلالها أن: a word ending in a pronoun (ها، هم) right after the verb is its object or an
    /// adverb, not its subject; بعضهم and أحدهم (a quantifier with its pronoun) are the exception.
    /// </summary>
    private bool IsObjectWithPronoun(int j)
    {
        var folded = shapes.Text.Folded(j);
        return shapes.Text.Display(j).Length > 4 && shapes.EndsWithHaOrHum(j)
            && !shapes.Lexicon.GroupLeads.Contains(folded.AsSpan(0, folded.Length - 2));
    }

    /// <summary>
    /// وأكد حرص بلاده على، وأبدى استعداد حكومته: a bare noun the news never writes in a name, before a word that is
    /// someone's (a pronoun joined to it), is the verb's object; the speaker is the one already speaking.
    /// </summary>
    private bool IsNounOfOnesOwn(int j)
    {
        var text = shapes.Text;
        return j + 1 < text.Count && text.Sentence(j + 1) == text.Sentence(j) && text.BlankBefore(j + 1)
            && !shapes.IsDefinite(j) && !shapes.IsVocabulary(j) && shapes.Lexicon.NameShares.IsNeverAName(text.Folded(j))
            && shapes.IsCommonNounWithPronoun(j + 1);
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

    /// <summary>
    /// وبين من جهته محمود عبد الشكور أن، وقال بدوره الوزير: "for his part" between the verb and its subject, with no
    /// comma, is stepped over (set off by a comma, the comma's own step does it).
    /// </summary>
    private int PastOwnPart(int j)
    {
        var text = shapes.Text;
        var past = text.Folded(j) switch
        {
            "من" when j + 1 < text.Count && OwnPartWords.AfterMin(text.Folded(j + 1)) => j + 2,
            "بدوره" or "بدورها" => j + 1,
            _ => j,
        };
        return past > j && past < text.Count && text.Sentence(past) == text.Sentence(j) && text.BlankBefore(past)
            ? past
            : j;
    }

    /// <summary>
    /// وقالت في وقت سابق هوغيت لابيل: "at an earlier (a later) time" between the verb and its subject, with no comma,
    /// is stepped over like "for his part".
    /// </summary>
    private int PastTimeBefore(int j)
    {
        var text = shapes.Text;
        var past = j + 3;
        return past < text.Count && text.Folded(j) == "في" && text.Folded(j + 1) == "وقت"
            && text.Folded(j + 2) is "سابق" or "لاحق" && text.Sentence(past) == text.Sentence(j)
            && text.BlankBefore(j + 1) && text.BlankBefore(j + 2) && text.BlankBefore(past)
            ? past
            : j;
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
        // أما العروس فقالت: "as for" sets up the topic, which is the subject; it is no part of it.
        while (first < cue.Word && (shapes.IsClauseLead(first) || text.Folded(first) is "اما" or "واما" || IsPartOfButThat(first, cue.Word)))
        {
            afterPreposition |= shapes.Text.Folded(first) is "في" or "وفي";
            first++;
        }
        // وكان الوزير قد قال: the particle between the subject and its verb is no part of the subject.
        var last = cue.Word - 1;
        // ووزير الخارجية الأميركي عندما قال: "when" between the subject and its verb is no part of the subject either.
        while (last > first && text.Folded(last) is "قد" or "لقد" or "عندما" or "حينما" or "حين")
        {
            last--;
        }
        // بثت جماعة أميركية مقاطع فيديو قالت إنها: the clause opens with its own verb, and its object stands between
        // that verb's subject and the cue; who said it is that subject. Not وأطباء العاطفة قالوا, a subject right before the cue.
        if (first < last && !afterPreposition && HeadsAsVerb(first)
            && After(new SpeechCue(first, first, Vocabulary.CueForm.Verb, Vocabulary.CueUse.None)) is { } subject
            && subject.Last < last)
        {
            return subject;
        }
        // وفي وقت لاحق من يوم أمس قالت: what a preposition heading the clause opens is a circumstance, not the subject.
        return first <= last && first < cue.Word && !afterPreposition ? new NounPhrase(first, last) : null;
    }

    /// <summary>
    /// أما السيدة أم عبدالله فتصف طريقة العصر بأنها: a verb with فـ answering the clause's أما has its subject in the
    /// topic before it; what follows it is its object. Not after أما عن, أما في: there the subject follows the verb.
    /// </summary>
    private bool AnswersAsFor(int cue)
    {
        var text = shapes.Text;
        if (text.Folded(cue)[0] != 'ف')
        {
            return false;
        }
        for (var k = cue - 1; k >= 0 && cue - k <= MaxWordsBefore && text.Sentence(k) == text.Sentence(cue); k--)
        {
            if (text.Folded(k) is "اما" or "واما")
            {
                // أما عن الجديد فيقول المصممان: a topic opened by a preposition is what is spoken of, not who speaks.
                return text.StartsClause(k) && !shapes.IsStopper(k + 1);
            }
            if (text.StartsClause(k))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>إلا أن ملالي طهران يقولون: "but" and its أن (إلا أن، غير أن، بيد أن) open the clause; the subject follows them.</summary>
    private bool IsPartOfButThat(int k, int cue)
    {
        var text = shapes.Text;
        return text.Folded(k) switch
        {
            "الا" or "غير" or "بيد" => k + 1 < cue && text.Folded(k + 1) == "ان",
            "ان" => k > 0 && text.Folded(k - 1) is "الا" or "غير" or "بيد",
            _ => false,
        };
    }

    /// <summary>
    /// بثت، تناقلت: the sentence's first word, or the first after a comma, of three to six letters, not definite, that
    /// the news never writes in a name nor as a title, source or institution. Not كان, whose subject is the cue's own
    /// (وكان معهد البترول قال), nor a conjunction.
    /// </summary>
    private bool HeadsAsVerb(int k)
    {
        var text = shapes.Text;
        var w = text.Folded(k);
        var opens = k == 0 || text.Sentence(k - 1) != text.Sentence(k) || text.CommaBefore(k);
        return opens && shapes.CanBeBareVerb(k) && !NotVerbHeads.Contains(w) && shapes.Lexicon.NameShares.IsNeverAName(w);
    }

    /// <summary>وكان مجلس المحافظة، قد أعلن: قد after a comma goes on the clause its subject opened; a clause never starts with it.</summary>
    private bool IsParticleAfterComma(int i) => shapes.Text.Folded(i) is "قد" or "لقد" && !shapes.Text.GapBefore(i).IsWhiteSpace();

    /// <summary>
    /// وبعد ثلاثة أيام من النقاش أقر: a clause that opens with a preposition of time or place opens with a circumstance;
    /// so does one that opens with its topic (وعن مواعيد الحجز أكد، وعن راشد الماجد قال: what he spoke of, not who).
    /// </summary>
    private bool OpensCircumstance(int i)
    {
        var w = shapes.Text.Folded(i).AsSpan();
        return CircumstanceOpeners.Contains(w) || (w.Length > 3 && w[0] is 'و' or 'ف' && CircumstanceOpeners.Contains(w[1..]));
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
