namespace Marsad.Quotes.Speakers;

/// <summary>
/// Reads the words of a speaker as written next to a cue or a title: titles, a name, an institution, with their
/// complements (عضو لجنة الأمن والدفاع في البرلمان العراقي، عباس صروط), up to what ends a subject: a circumstance
/// (في مقابلة، خلال لقاء، أمس), a complementizer, another cue, punctuation. A comma is crossed only into an
/// apposition that names the person a title describes; quote marks only around a short name ("مصطفى الكاظمي").
/// Whom the words were said to, written last after a name or a source (سانوفي لرويترز، شاهد من سكان الحي للقناة),
/// is no part of the speaker.
/// </summary>
internal sealed class NounPhraseReader(WordShapes shapes, EntitySpans entities)
{
    private const int MaxWords = 16;

    /// <summary>A title's chain may run longer before the tagger's person (مدير عام الهيئة ... أمين عام مجلس ... المهندس محمد العمرة).</summary>
    private const int MaxWordsBeforeName = 24;
    private const int MaxWordsToName = 7;

    /// <summary>The phrase that starts at word <paramref name="first"/>, or null when none does.</summary>
    public NounPhrase? ReadForward(int first)
    {
        var text = shapes.Text;
        if (first < 0 || first >= text.Count)
        {
            return null;
        }
        var sentence = text.Sentence(first);
        var personTitle = shapes.IsTitle(first);
        var quantity = shapes.IsQuantityOf(first);
        var source = shapes.Lexicon.Anonymous.Contains(text.Folded(first)) || shapes.Lexicon.Groups.Contains(text.Folded(first)) || quantity;
        var sawName = false;
        var commas = 0;
        var last = -1;
        var sawPerson = false;
        for (var k = first; k < text.Count && k - first < (personTitle && !sawPerson ? MaxWordsBeforeName : MaxWords) && text.Sentence(k) == sentence; k++)
        {
            if (k > first && !CanCross(first, k, sawName && !(personTitle && IsAppositionName(k)), ref commas))
            {
                break;
            }
            if (shapes.IsComplementizer(k) || shapes.IsCue(k) || (IsStop(k, first, personTitle && !sawName, source) && !LeadsToName(k, first, sawName, personTitle)))
            {
                break;
            }
            if (k > first && (((sawName || source || (personTitle && k == first + 1)) && ToMedia(k)) || shapes.IsOccasionWithPronoun(k)
                || (source && (ObjectAfterPlace(k) || AfterQuotedName(k) || ObjectAfterPlural(k) || MediaAsObject(k, first))) || VerbOfRelative(k)
                || shapes.Text.Folded(k) is "التابع" or "التابعه" || HeadedBy(first, k)
                || (source && shapes.Text.Folded(k) is "الذي" or "التي" or "الذين")
                || (personTitle && k > first && shapes.IsNisba(k - 1) && ToMedia(k))
                || (quantity && k > first + 2 && ObjectAfterQuantity(k))))
            {
                break;
            }
            // مستشار أمير منطقة مكة المكرمة المشرف العام على وكالة التنمية ... هشام الفالح: a place the tagger found in
            // a title is no name; the title goes on to its holder.
            sawName |= shapes.CanStartName(k) && !(personTitle && entities.InBodyOrPlaceOnly(k));
            sawPerson |= entities.PersonEnd(k) >= 0;
            last = k;
        }
        if (last > first && (sawName || source) && IsAddressee(last) && !ComplementOfBody(first, last))
        {
            last--;
        }
        return last < 0 ? null : new NounPhrase(first, last);
    }

    /// <summary>
    /// أبدى عدد من أفراد المجتمع عدم رضاهم، تناول العديد من افتتاحياتها الحدث: what a number of people speak of or do
    /// starts after a word with its pronoun, or where a word without ال follows one with it (not a preposition, nor
    /// a joined و or لـ going on with the people: عدد من أهالي المدينة المنورة وزائريها).
    /// </summary>
    private bool ObjectAfterQuantity(int k) =>
        shapes.EndsWithHaOrHum(k - 1)
        || (shapes.IsDefinite(k - 1) && !shapes.IsDefinite(k) && !shapes.IsLink(k) && !shapes.IsStopper(k)
            && shapes.Text.Folded(k)[0] is not ('ل' or 'و'));

    /// <summary>
    /// شركة آسيا للاستثمار، مسؤول في الإدارة العامة للمرور: a word with لل ending a body's name (the phrase's head or
    /// one inside it) is its complement, not whom the words were said to, unless it names the media (وقالت الشركة
    /// للصحيفة).
    /// </summary>
    private bool ComplementOfBody(int first, int last) =>
        (shapes.IsInstitution(first) || Enumerable.Range(first + 1, last - first - 1).Any(shapes.IsInstitution))
        && shapes.Text.Folded(last).StartsWith("لل", StringComparison.Ordinal) && !ToMedia(last)
        && !shapes.Lexicon.Addressees.Contains(shapes.Text.Folded(last));

    /// <summary>
    /// أبلغ مصدر مطلع الصحيفة: the media with ال after a source's word without it are whom the words were told to (the
    /// verb's object), not the source's adjective.
    /// </summary>
    private bool MediaAsObject(int k, int first) =>
        k > first + 1 && shapes.IsDefinite(k) && !shapes.IsDefinite(k - 1) && shapes.Lexicon.Media.Contains(shapes.Text.Folded(k));

    /// <summary>
    /// لوكالة الأنباء الألمانية، للصحفيين: ل joined to the media the words were said to. Only after a name or a source:
    /// a title may hold the same words (المدير العام لوكالة الأنباء السعودية).
    /// </summary>
    private bool ToMedia(int k)
    {
        var w = shapes.Text.Folded(k).AsSpan();
        if (w.Length < 4 || w[0] != 'ل')
        {
            return false;
        }
        return shapes.Lexicon.Media.Contains(w[1..]) || (w[1] == 'ل' && shapes.Lexicon.Media.Contains(string.Concat("ا", w[1..])));
    }

    /// <summary>
    /// أكدت إدارة نادي الهلال برئاسة الأمير نواف بن سعد: the body speaks; برئاسة and بقيادة name who heads it.
    /// </summary>
    private bool HeadedBy(int first, int k) =>
        shapes.IsInstitution(first) && shapes.Text.Display(k) is "برئاسة" or "بقيادة" or "برئاسته" or "بقيادته";

    /// <summary>
    /// تقول آخر إحصائية حصلت عليها إن: a word followed by a preposition with a pronoun (عليها، له، منه) is the verb of a
    /// clause describing the speaker, not part of its name.
    /// </summary>
    private bool VerbOfRelative(int k) =>
        k + 1 < shapes.Text.Count && shapes.Text.BlankBefore(k + 1) && !shapes.IsDefinite(k) && !shapes.IsTitle(k)
        && entities.PersonEnd(k) < 0 && shapes.Text.Folded(k + 1) is "عليها" or "عليه" or "لها" or "له" or "منها" or "منه" or "عنها" or "عنه";

    /// <summary>
    /// دان وجهاء وأعيان محافظة القطيف الجريمة الإرهابية: after the place or body a group or source is from, a noun with
    /// ال that is neither in a name the tagger found nor an adjective of origin (مصادر في الشرطة العراقية) is the object.
    /// </summary>
    private bool ObjectAfterPlace(int k)
    {
        if (!shapes.IsDefinite(k) || entities.BodyOrPlaceEnd(k - 1) != k - 1 || entities.InBodyOrPlace(k) || entities.PersonEnd(k) >= 0
            || !shapes.Text.BlankBefore(k))
        {
            return false;
        }
        var w = shapes.Text.Display(k);
        return !w.EndsWith('ي') && !w.EndsWith("ية", StringComparison.Ordinal) && !w.EndsWith("يين", StringComparison.Ordinal)
            && !w.EndsWith("يون", StringComparison.Ordinal);
    }

    /// <summary>
    /// انتقد محللون سياسيون أردنيون تصرفات نائب الرئيس: after a group of people in the plural in ون/ين and its
    /// adjectives, which agree in that plural, a noun without ال that does not is the verb's object.
    /// </summary>
    private bool ObjectAfterPlural(int k)
    {
        var text = shapes.Text;
        if (!text.BlankBefore(k) || shapes.IsDefinite(k) || shapes.IsStopper(k) || shapes.IsVocabulary(k))
        {
            return false;
        }
        static bool Plural(string w) => w.Length > 4 && (w.EndsWith("ون", StringComparison.Ordinal) || w.EndsWith("ين", StringComparison.Ordinal));
        return Plural(text.Folded(k - 1)) && !Plural(text.Folded(k)) && !text.Folded(k).EndsWith('ي');
    }

    /// <summary>رجحت مصادر «عكاظ» تأجيل بداية العام الدراسي: what follows a source's paper named in quote marks is the object.</summary>
    private bool AfterQuotedName(int k) => InShortQuote(k - 1) && shapes.Text.RunOf(k) != shapes.Text.RunOf(k - 1);

    /// <summary>
    /// للقناة، للصحيفة، لـ، لرويترز: ل with the article, alone, or joined to a body or place the tagger found, and not
    /// inside a person's name (سيرغي لافروف).
    /// </summary>
    private bool IsAddressee(int k)
    {
        var w = shapes.Text.Folded(k);
        if (w.Length == 0 || w[0] != 'ل' || entities.PersonEnd(k) >= 0)
        {
            return false;
        }
        return w == "ل" || w.StartsWith("لل", StringComparison.Ordinal)
            || (shapes.HasJoinedPreposition(k) && entities.InBodyOrPlace(k));
    }

    /// <summary>
    /// A stopper ends the phrase, except من after a source, and في/على/عن (folded: علي) inside a title not yet followed by its name
    /// (في after a source: مصدر في الشرطة) when what they open is part of the title (في البرلمان، في نادي الاتحاد), not an
    /// occasion (في بيان، على هامش).
    /// </summary>
    private bool IsStop(int k, int first, bool insideTitle, bool source)
    {
        if (!shapes.IsStopper(k))
        {
            return false;
        }
        var w = shapes.Text.Folded(k);
        if (source && (w == "من" || (w == "عن" && shapes.Lexicon.Groups.Contains(shapes.Text.Folded(first)))
            || (w == "علي" && shapes.Text.Folded(first) is "القائمون" or "القائمين")))
        {
            // مصدر من الوزارة; المدافعون عن حقوق الإنسان, what a group stands for (not تقرير عن, what a report is about);
            // القائمون على الحملة, what it runs.
            return false;
        }
        var opensTitlePart = (insideTitle || (source && w == "في")) && w is "في" or "علي" or "عن" && k + 1 < shapes.Text.Count
            && !shapes.Lexicon.Occasions.Contains(shapes.Text.Folded(k + 1))
            && (shapes.IsDefinite(k + 1) || shapes.IsInstitution(k + 1) || OpensQuotedName(k + 1));
        // الشؤون الصحية في منطقة مكة المكرمة: the region a body serves is part of its name.
        opensTitlePart |= w == "في" && shapes.IsInstitution(first) && k + 1 < shapes.Text.Count && shapes.IsRegion(k + 1);
        // السفارة السعودية في لندن أن، مصادر ميدانية في أبين إن: a place the tagger found, last before the words
        // said, says where the body or source is, and is part of what the text calls it.
        opensTitlePart |= (source || shapes.IsInstitution(first)) && entities.PlaceLastBeforeWordsSaid(shapes, k);
        // مديرة التوظيف النسائي في "باب رزق جميل" رولا باصمد; المدير التنفيذي لـ"باب رزق": a body named in quote marks.
        var toQuotedName = insideTitle && w is "ل" or "لـ" && shapes.IsTitle(k - 1) && k + 1 < shapes.Text.Count && OpensQuotedName(k + 1);
        return !opensTitlePart && !toQuotedName;
    }

    /// <summary>
    /// A stopper inside a description that has named nobody yet: by its words' shapes, or (after a title, whose words
    /// may look like a name: مدير وحدة مكافحة إيبولا) by the tagger. Never مع or a relative pronoun: who a speaker was
    /// with (مع الإعلامي بتال القوس) or whose it is (شركة الصدف التي يمتلكها النجم حسن عسيري) is not who speaks.
    /// </summary>
    private bool LeadsToName(int k, int first, bool sawName, bool personTitle) =>
        k > first && (!sawName || (personTitle && entities.PersonWithin(first, k - 1) is null))
        && shapes.Text.Folded(k) is not ("مع" or "التي" or "الذي" or "الذين") && NamedAfter(k);

    /// <summary>
    /// قالت المسؤولة عن الركن هاجر التاروتي ان: a preposition in a description not yet followed by its name is crossed
    /// when, within a few words and nothing but words between, the person described is named: a person the tagger
    /// found, or two to four name words right before the words said (المتحدث باسم المقاومة في عدن علي الأحمدي إن).
    /// The name may stand after a rank (في جبهة قاعدة العند الجوية العميد محمد طماح:) or in apposition after a comma
    /// (مدير وحدة مكافحة إيبولا في ليبيريا، تولبرت نينسواه، إن). Not into an occasion (في بيان، على هامش).
    /// </summary>
    private bool NamedAfter(int k)
    {
        var text = shapes.Text;
        if (k + 1 >= text.Count || shapes.Lexicon.Occasions.Contains(text.Folded(k + 1)))
        {
            return false;
        }
        for (var j = k + 1; j < text.Count && j - k <= MaxWordsToName && text.Sentence(j) == text.Sentence(k); j++)
        {
            var gap = text.GapBefore(j);
            var apposition = j > k + 1 && text.CommaOnlyBefore(j);
            if ((!gap.IsWhiteSpace() && !apposition) || shapes.IsStopper(j) || shapes.IsComplementizer(j) || shapes.IsCue(j))
            {
                return false;
            }
            if (j > k + 1 && (entities.PersonEnd(j) >= 0 ? j - k <= 4 || apposition || shapes.IsTitle(j - 1)
                : NameBeforeItsWords(j) || (apposition && IsAppositionName(j))))
            {
                return true;
            }
            if (apposition)
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>Two to four name words from <paramref name="k"/> that end right before a complementizer or a colon.</summary>
    private bool NameBeforeItsWords(int k)
    {
        var text = shapes.Text;
        if (!shapes.CanStartName(k))
        {
            return false;
        }
        var j = k + 1;
        while (j < text.Count && j - k <= 4 && text.GapBefore(j).IsWhiteSpace() && shapes.CanContinueName(j) && !shapes.IsComplementizer(j))
        {
            j++;
        }
        return j - k >= 2 && j < text.Count && text.Sentence(j) == text.Sentence(k)
            && ((text.GapBefore(j).IsWhiteSpace() && shapes.IsComplementizer(j)) || text.GapBefore(j).Contains(':'));
    }

    /// <summary>
    /// مدير وحدة مكافحة إيبولا في ليبيريا، تولبرت نينسواه، إن: up to four name words set between commas (or before
    /// أن, or before the occasion: رئيس مجلس قضاء الخالدية في محافظة الأنبار، علي داود في حديث) after a title are the titled person's name, even when the title held a name-like word; a rank may stand
    /// before them (الناطق الإعلامي بشرطة منطقة مكة المكرمة، العقيد دكتور عاطي بن عطية القرشي، أن).
    /// </summary>
    private bool IsAppositionName(int k)
    {
        var text = shapes.Text;
        for (var rank = k; rank < k + 2 && rank + 1 < text.Count && shapes.IsTitle(rank) && text.GapBefore(rank + 1).IsWhiteSpace(); rank++)
        {
            k = rank + 1;
        }
        if (!shapes.CanStartName(k) && !shapes.StartsForeignName(k))
        {
            return false;
        }
        var j = k + 1;
        while (j < text.Count && j - k < 4 && text.GapBefore(j).IsWhiteSpace() && shapes.CanContinueName(j) && !shapes.IsComplementizer(j))
        {
            j++;
        }
        if (j >= text.Count || text.Sentence(j) != text.Sentence(k))
        {
            return false;
        }
        var gap = text.GapBefore(j);
        return gap.Contains(',') || gap.Contains('\u060C') || (gap.IsWhiteSpace() && (shapes.IsComplementizer(j) || OpensOccasion(j)));
    }

    /// <summary>في حديث، في تصريح، على هامش: a preposition that opens the occasion the words were said on.</summary>
    private bool OpensOccasion(int k) =>
        shapes.IsStopper(k) && k + 1 < shapes.Text.Count && shapes.Lexicon.Occasions.Contains(shapes.Text.Folded(k + 1));

    private bool CanCross(int first, int k, bool sawName, ref int commas)
    {
        var gap = shapes.Text.GapBefore(k);
        foreach (var c in gap)
        {
            if (c is ',' or '\u060C')
            {
                // Into an apposition: a title's person (رئيس الوزراء العراقي، مصطفى الكاظمي).
                if (sawName || ++commas > 2 || !(shapes.CanStartName(k) || shapes.IsTitle(k) || shapes.StartsForeignName(k)))
                {
                    return false;
                }
            }
            else if (IsQuoteMark(c))
            {
                if (!InShortQuote(k) && !InShortQuote(k - 1))
                {
                    return false;
                }
            }
            else if (c == '.' && shapes.Text.Display(k - 1).Length == 1)
            {
                // د. عبدالله: the dot of an abbreviated title.
                continue;
            }
            else if (c is '(' or ')' && InShortParentheses(first, k, c))
            {
                // الأمين العام لمنظمة الدول المصدرة للنفط (اوبك) عبدالله البدري: a body's short name in parentheses
                // stands in the title, which goes on to its holder.
                continue;
            }
            else if (c == '/' && shapes.IsTitle(k - 1))
            {
                // النقيب /نايف محمد الجهني، الأستاذ/ محمد: the slash some outlets set between a title and its holder.
                continue;
            }
            else if (!char.IsWhiteSpace(c) && c is not ('\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u0640' or '-' or '\u2013'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A word that opens quote marks around at most four words.</summary>
    private bool OpensQuotedName(int k) => InShortQuote(k) && (k == 0 || shapes.Text.RunOf(k - 1) != shapes.Text.RunOf(k));

    /// <summary>A word inside quote marks around at most four words: a name, not speech.</summary>
    private bool InShortQuote(int k)
    {
        var run = shapes.Text.RunOf(k);
        if (run < 0)
        {
            return false;
        }
        var quoted = shapes.Text.Runs[run];
        var words = shapes.Text.WordAt(quoted.ContentEnd) - shapes.Text.WordAt(quoted.ContentStart);
        return quoted.Closed && words <= 4;
    }

    /// <summary>
    /// Word <paramref name="k"/> opens (after '(') or follows (after ')') one to three words in parentheses with
    /// nothing but spaces between them, in a title (from <paramref name="first"/>) whose holder's name follows them,
    /// or the holder's own title first (المشرف العام على البرنامج الوطني للحرف (بارع) الدكتور جاسر الحربش).
    /// </summary>
    private bool InShortParentheses(int first, int k, char mark)
    {
        var text = shapes.Text;
        var (step, other) = mark == '(' ? (1, ')') : (-1, '(');
        // After '(' the gaps that follow hold the ')'; after ')' the gaps before hold the '('.
        for (var j = mark == '(' ? k + 1 : k - 1; j > 0 && j < text.Count && Math.Abs(j - k) <= 3; j += step)
        {
            var gap = text.GapBefore(j);
            if (gap.Contains(other))
            {
                var holder = mark == '(' ? j : k;
                return shapes.IsTitle(first) && (shapes.CanStartName(holder) || shapes.IsTitle(holder)) && !shapes.IsCue(holder) && !shapes.IsComplementizer(holder);
            }
            if (!gap.IsWhiteSpace())
            {
                return false;
            }
        }
        return false;
    }

    public static bool IsQuoteMark(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB';
}
