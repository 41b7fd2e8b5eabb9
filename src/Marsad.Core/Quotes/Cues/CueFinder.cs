using Marsad.Quotes.Reading;
using Marsad.Quotes.Vocabulary;

namespace Marsad.Quotes.Cues;

/// <summary>
/// Finds the speech cues of a text, in order: verbs of saying and their participles and nouns, the speech acts that
/// only name a speaker, and the document cues (جاء فيها). Cue words inside quote marks are the quoted speaker's own
/// words and are left alone, and so are the writer's asides (يذكر أن) and clauses about evidence (ما يؤكد أن).
/// </summary>
internal static class CueFinder
{
    public static List<SpeechCue> Find(QuoteText text, QuoteLexicon lexicon)
    {
        var cues = new List<SpeechCue>();
        for (var i = 0; i < text.Count; i++)
        {
            if (text.RunOf(i) >= 0)
            {
                continue;
            }
            var folded = text.Folded(i);
            if ((lexicon.Cue(folded) ?? ShortVerbAfterConjunction(text, lexicon, i) ?? SayingPassedOn(text, i)) is { } entry)
            {
                if (Counts(text, lexicon, i, entry))
                {
                    cues.Add(new SpeechCue(i, i, entry.Form, entry.Use, entry.ClauseInitialOnly && !CountedAs(text, i)));
                }
                else if (Attribution(text, i))
                {
                    // وبحسب ما أفاد به المتحدث الرسمي فلان، فإن: who is cited speaks next (مشيرا إلى أن), but "according to"
                    // quotes nothing of its own.
                    cues.Add(new SpeechCue(i, i, entry.Form, CueUse.None, entry.ClauseInitialOnly));
                }
            }
            else if (DocumentCue(text, lexicon, i) is { } document)
            {
                cues.Add(document);
            }
        }
        return cues;
    }

    /// <summary>
    /// The word can be a cue where it stands: a cue word, and if it is also a common other word (عبر "via", بين
    /// "between"), at the head of its clause. Another cue ends the search for what a cue introduces; "via" does not.
    /// </summary>
    public static bool StandsAsCue(QuoteText text, QuoteLexicon lexicon, int i) =>
        lexicon.Cue(text.Folded(i)) is { } entry && InPlace(text, lexicon, i, entry) && !AfterNot(text, i) && !SpokespersonFor(text, i, entry);

    private static readonly CueEntry SayingNoun = new(CueForm.Noun, CueUse.Words, false);

    /// <summary>
    /// ونقلت شبكة سي بي اس عنه القول إن: القول "the saying" is his words after عنه "from him"; alone it is mostly the
    /// writer's (يمكن القول إن) and no cue.
    /// </summary>
    private static CueEntry? SayingPassedOn(QuoteText text, int i) =>
        i > 0 && text.Folded(i) == "القول" && text.Folded(i - 1) is "عنه" or "عنها" or "عنهم" or "عنهما" ? SayingNoun : null;

    /// <summary>
    /// وعدّ الزائر فلان المهرجان متنفسا، مبينا أن: "counted as", at a clause's head, gives its subject's view even
    /// where it quotes nothing, so that subject is who a later مبينا goes on with. وعد بقرض is "promised", often
    /// after its subject (الرئيس الذي زار السودان، وعد بقرض), and stays a cue only where it quotes something.
    /// </summary>
    private static bool CountedAs(QuoteText text, int i) =>
        text.Folded(i) is "عد" or "وعد" or "فعد" or "عدت" or "وعدت" or "فعدت" && (i + 1 == text.Count || text.Folded(i + 1)[0] != 'ب');

    /// <summary>الذي فضل عدم ذكر اسمه: after عدم "not" the word is a verbal noun (mentioning), not a verb of saying.</summary>
    private static bool AfterNot(QuoteText text, int i) => i > 0 && text.Folded(i - 1) is "عدم";

    private static bool InPlace(QuoteText text, QuoteLexicon lexicon, int i, CueEntry entry) =>
        !entry.ClauseInitialOnly || text.StartsClause(i) || AfterClauseLead(text, i) || ReadsAsVerb(text, lexicon, i);

    /// <summary>
    /// وقد بيّن، الذي بين أن: a word that is a cue only at a clause's head is the verb wherever its writing or the
    /// words around it say so: a shadda (بيّن), the particle قد before it, or a relative pronoun before it with a
    /// complementizer after it (الذي بين يديك stays "between").
    /// </summary>
    private static bool ReadsAsVerb(QuoteText text, QuoteLexicon lexicon, int i)
    {
        if (text.Display(i).Contains('\u0651'))
        {
            return true;
        }
        if (i == 0)
        {
            return false;
        }
        var before = text.Folded(i - 1);
        // فقد تبين أن "it became clear": after قد, a form with ت may be another verb than the cue's.
        return (before is "قد" or "وقد" or "لقد" or "فقد" && text.Folded(i)[0] != 'ت')
            || (before is "الذي" or "التي" or "الذين" && i + 1 < text.Count && lexicon.Complementizers.Contains(text.Folded(i + 1)));
    }

    private static bool Counts(QuoteText text, QuoteLexicon lexicon, int i, CueEntry entry)
    {
        if (!InPlace(text, lexicon, i, entry))
        {
            return false;
        }
        if (text.StartsClause(i) && lexicon.ImpersonalOpeners.Contains(text.Folded(i)))
        {
            return false;
        }
        if (AfterNot(text, i) || SpokespersonFor(text, i, entry))
        {
            return false;
        }
        // ما يؤكد أن، مما يشير إلى أن: "which confirms that" has no speaker.
        return text.StartsClause(i) || text.Folded(i - 1) is not ("ما" or "مما" or "بما");
    }

    /// <summary>قالت متحدثة باسم الشرطة: before باسم the participle is the spokesperson, who speaks, not a cue.</summary>
    public static bool SpokespersonFor(QuoteText text, int i, CueEntry entry) =>
        entry.Form == CueForm.Participle && i + 1 < text.Count && text.Sentence(i + 1) == text.Sentence(i) && text.Folded(i + 1) is "باسم";

    /// <summary>بحسب ما أفاد، وفق ما ذكر: a verb of saying after "according to what".</summary>
    private static bool Attribution(QuoteText text, int i) =>
        i > 1 && text.Folded(i - 1) is "ما" && text.Folded(i - 2) is "حسب" or "بحسب" or "وبحسب" or "وحسب" or "وفق" or "ووفق" or "وفقا" or "طبقا";

    /// <summary>
    /// وعدّ الوزير أن: a two-letter verb with a shadda joined to و or ف. A three-letter word is otherwise never taken
    /// apart (وعد is "promised"); the shadda says the last two letters are the doubled verb (عدّ "considered").
    /// </summary>
    private static CueEntry? ShortVerbAfterConjunction(QuoteText text, QuoteLexicon lexicon, int i)
    {
        var folded = text.Folded(i);
        return folded.Length == 3 && folded[0] is '\u0648' or '\u0641' && text.Display(i).Contains('\u0651')
            ? lexicon.Cue(folded.AsSpan(1))
            : null;
    }

    /// <summary>
    /// كما تابع، ثم زاد: a small word that heads the clause before the verb; من جانبه بين فلان: "for his part", with
    /// no comma after it, too.
    /// </summary>
    private static bool AfterClauseLead(QuoteText text, int i) =>
        (i > 0 && text.StartsClause(i - 1) && text.Folded(i - 1) is "كما" or "ثم" or "وكما")
        || (i > 1 && text.StartsClause(i - 2) && text.Folded(i - 2) is "من" or "ومن"
            && OwnPartWords.AfterMin(text.Folded(i - 1)));

    private static SpeechCue? DocumentCue(QuoteText text, QuoteLexicon lexicon, int i)
    {
        // يخالف ما جاء فيه: "what came in it" reports nobody.
        if (i > 0 && !text.StartsClause(i) && text.Folded(i - 1) is "ما" or "مما" or "بما")
        {
            return null;
        }
        if (i + 1 >= text.Count || text.Sentence(i + 1) != text.Sentence(i) || !lexicon.DocumentVerbs.Contains(Unjoined(text.Folded(i))))
        {
            return null;
        }
        var next = text.Folded(i + 1);
        if (lexicon.DocumentPointingBack.Contains(next))
        {
            return new SpeechCue(i, i + 1, CueForm.Participle, CueUse.Both);
        }
        return lexicon.DocumentNaming.Contains(next) ? new SpeechCue(i, i + 1, CueForm.Verb, CueUse.Both) : null;
    }

    private static ReadOnlySpan<char> Unjoined(string folded) =>
        folded.Length > 3 && folded[0] is '\u0648' or '\u0641' ? folded.AsSpan(1) : folded;
}
