namespace Marsad.Quotes.Speakers;

/// <summary>
/// An institution as a speaker: its name as written up to where the verb's object starts, a document shown as its
/// issuer (بيان للحكومة العراقية → الحكومة العراقية; التقرير الصادر عن مؤسسة النقد → مؤسسة النقد, and so the next bare
/// التقرير too) or, with none written, as the document alone (التقارير الواردة → التقارير), and a bare الهيئة or المؤسسة shown as the institution the article
/// named in full before with that head word (هيئة السوق المالية السعودية). Working state of one extraction.
/// </summary>
internal sealed class OrganizationNames(WordShapes shapes, EntitySpans entities)
{
    private readonly Dictionary<string, string> byHead = new(StringComparer.Ordinal);

    public ResolvedSpeaker Read(NounPhrase phrase, int head)
    {
        var text = shapes.Text;
        phrase = phrase with { Last = InstitutionEnd(head, phrase.Last) };
        var first = head;
        var display = text.Phrase(head, phrase.Last);
        var folded = text.Folded(head);
        if (JoinedConjunction(head))
        {
            // ووزارة الداخلية إذ تعلن: the joined و is the conjunction, not the institution's name.
            display = display[1..];
        }
        if (!shapes.Lexicon.Documents.Contains(folded) && NameInMarksAfterDescription(head, phrase.Last) is { } alias)
        {
            // وزارة الدفاع الأمريكية (البنتاجون)، شركة الأدوية الأمريكية "إيلي ليلي": after the words that describe
            // the body, the name in marks is what it is called.
            return new ResolvedSpeaker(alias.Name, SpeakerKind.Organization, SpeakerCue.Description, text.Start(phrase.First), text.End(alias.Last));
        }
        if (!shapes.Lexicon.Documents.Contains(folded) && NameInMarks(head) is { } marked)
        {
            // مجلة «كمبيوتر بيلد» الألمانية، وكالة "موديز" للتصنيف الائتماني، وكالة ( دوغان ) التركية: the name set in
            // quote marks or brackets right after the body's word ends it, shown without them.
            display = string.Concat(JoinedConjunction(head) ? text.Display(head)[1..] : text.Display(head), " ", marked.Name);
            byHead[WordShapes.WithoutArticle(text.Folded(head))] = display;
            return new ResolvedSpeaker(display, SpeakerKind.Organization, SpeakerCue.Description, text.Start(phrase.First), text.End(marked.Last));
        }
        // A document speaks for whoever issues it: بيان للحكومة العراقية is the government, بيان لوزارة الداخلية the ministry.
        if (shapes.Lexicon.Documents.Contains(text.Folded(head)) && head < phrase.Last && text.Folded(head + 1).StartsWith("لل", StringComparison.Ordinal))
        {
            first = head + 1;
            display = UnjoinedLam(head + 1, phrase.Last);
        }
        else if (shapes.Lexicon.Documents.Contains(text.Folded(head)) && head < phrase.Last && IssuedTo(head + 1))
        {
            first = head + 1;
            display = string.Concat(text.Display(head + 1)[1..], text.Text.AsSpan(text.End(head + 1), text.End(phrase.Last) - text.End(head + 1)));
        }
        else if (shapes.Lexicon.Documents.Contains(text.Folded(head)) && head < phrase.Last && FollowedByItsInstitution(head))
        {
            // وأفاد تقرير مؤسسة النقد أن: the body whose document it is, as بيان للحكومة is the government's.
            first = head + 1;
            display = text.Phrase(head + 1, phrase.Last);
            byHead[WordShapes.WithoutArticle(text.Folded(head))] = display;
        }
        else if (shapes.Lexicon.Documents.Contains(text.Folded(head)) && DocumentOnly(head))
        {
            // التقرير الـ51 الصادر حديثا عن مؤسسة النقد: its issuer, remembered for a later bare التقرير; with no
            // issuer written, the document itself (التقارير الواردة), or the issuer named for it before.
            var document = WordShapes.WithoutArticle(text.Folded(head));
            if (Issuer(head) is { } issuer)
            {
                byHead[document] = issuer;
            }
            display = byHead.GetValueOrDefault(document) ?? IssuedIn(head, document) ?? WrittenWithIssuer(head, document)
                ?? text.Phrase(head, head);
            return new ResolvedSpeaker(display, SpeakerKind.Organization, SpeakerCue.Description, text.Start(phrase.First), text.End(phrase.Last));
        }
        if (first == phrase.Last && byHead.GetValueOrDefault(WordShapes.WithoutArticle(text.Folded(first))) is { } named)
        {
            display = named;
        }
        else if (first == phrase.Last && NamedBefore(first) is { } written)
        {
            display = written;
        }
        else if (phrase.Last > first && OnlyOriginsAfter(first, phrase.Last) && NamedBefore(first, phrase.Last) is { } described)
        {
            // وقالت الصحيفة البريطانية after صحيفة «ديلي ميل» البريطانية: the body named with the same adjectives.
            display = described;
        }
        else if (phrase.Last > first)
        {
            byHead[WordShapes.WithoutArticle(text.Folded(first))] = display;
        }
        return new ResolvedSpeaker(display, SpeakerKind.Organization, SpeakerCue.Description, text.Start(phrase.First), text.End(phrase.Last));
    }

    /// <summary>
    /// وقالت الصحيفة البريطانية: a definite head word with only adjectives of origin after it points back, as it does
    /// alone, to the body the text named with that head word.
    /// </summary>
    private bool OnlyOriginsAfter(int first, int last)
    {
        if (!shapes.IsDefinite(first))
        {
            return false;
        }
        for (var k = first + 1; k <= last; k++)
        {
            if (!shapes.IsOrigin(k))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// أظهر تقرير للجهاز المركزي للإحصاء ... وأوضح التقرير أن: a bare document speaks for the issuer the text gave it
    /// where it first wrote it (لل, a joined لـ, الصادر عن, أصدره), though nobody was quoted then.
    /// </summary>
    private string? WrittenWithIssuer(int word, string document)
    {
        var text = shapes.Text;
        foreach (var k in text.MentionsBefore(word, document, 400))
        {
            if (Issuer(k) is { } issuer)
            {
                return issuer;
            }
            if (k + 1 >= text.Count || text.Sentence(k + 1) != text.Sentence(k) || !text.GapBefore(k + 1).IsWhiteSpace())
            {
                continue;
            }
            if (text.Folded(k + 1).StartsWith("لل", StringComparison.Ordinal)
                && shapes.Lexicon.Institutions.Contains(string.Concat("ا", text.Folded(k + 1).AsSpan(1))))
            {
                return UnjoinedLam(k + 1, InstitutionEnd(k + 1, NameEnd(k + 1)));
            }
            if (FollowedByItsInstitution(k))
            {
                // نقلت رويترز عن بيان البيت الأبيض ... وأكد البيان: the body whose document it is.
                return text.Phrase(k + 1, InstitutionEnd(k + 1, NameEnd(k + 1)));
            }
        }
        return null;
    }

    /// <summary>
    /// The document names who issued it, after الصادر عن or a joined لـ (تقرير صادر عن الهيئة، بيان لوزارة الداخلية):
    /// then it is that institution speaking, not an anonymous report.
    /// </summary>
    public bool HasIssuer(int head) =>
        shapes.Lexicon.Documents.Contains(shapes.Text.Folded(head))
        && (Issuer(head) is not null || (head + 1 < shapes.Text.Count && shapes.Text.Sentence(head + 1) == shapes.Text.Sentence(head) && IssuedTo(head + 1)));

    /// <summary>تقرير مؤسسة النقد، بيان وزارة الداخلية: the document word is followed by the institution whose it is.</summary>
    private bool FollowedByItsInstitution(int document) => !DocumentOnly(document) && shapes.IsInstitution(document + 1);

    /// <summary>لوزارة، لهيئة: an institution word with a joined لـ (not لل, which <see cref="Read"/> takes apart).</summary>
    private bool IssuedTo(int k)
    {
        var folded = shapes.Text.Folded(k);
        return folded.Length > 3 && folded[0] == 'ل' && folded[1] != 'ل' && shapes.Lexicon.Institutions.Contains(folded.AsSpan(1))
            && shapes.Text.GapBefore(k).IsWhiteSpace();
    }

    /// <summary>A document not followed by the institution whose it is (تقرير مؤسسة النقد keeps its issuer).</summary>
    private bool DocumentOnly(int head)
    {
        var text = shapes.Text;
        var next = head + 1;
        return next >= text.Count || text.Sentence(next) != text.Sentence(head) || !text.GapBefore(next).IsWhiteSpace()
            || shapes.Lexicon.DocumentOrigins.Contains(text.Folded(next)) || shapes.Lexicon.DocumentIssuedBy.Contains(text.Folded(next))
            || !(shapes.IsInstitution(next) || (!shapes.IsDefinite(next) && shapes.CanStartName(next)));
    }

    /// <summary>الصادر عن، الواردة من: the institution a document comes from, within a few words after it.</summary>
    private string? Issuer(int head)
    {
        var text = shapes.Text;
        // البيان الذي أصدرته الجامعة: a relative pronoun may stand between the document and the verb.
        var verb = head + 1 < text.Count && text.Folded(head + 1) is "الذي" or "التي" ? head + 2 : head + 1;
        if (verb + 1 < text.Count && text.Sentence(verb + 1) == text.Sentence(head) && shapes.Lexicon.DocumentIssuedBy.Contains(text.Folded(verb))
            && shapes.IsInstitution(verb + 1))
        {
            // بيان نشرته وكالة أنباء البحرين: the verb names who issued it; a bare الجامعة is the one named before.
            return Named(verb + 1, InstitutionEnd(verb + 1, NameEnd(verb + 1)));
        }
        for (var k = head + 1; k < text.Count && k - head <= 4 && text.Sentence(k) == text.Sentence(head); k++)
        {
            if (!shapes.Lexicon.DocumentOrigins.Contains(text.Folded(k)))
            {
                continue;
            }
            for (var j = k + 1; j < text.Count && j - k <= 2 && text.Sentence(j) == text.Sentence(head); j++)
            {
                if (text.Folded(j) is "عن" or "من" && j + 1 < text.Count && shapes.IsInstitution(j + 1))
                {
                    return text.Phrase(j + 1, InstitutionEnd(j + 1, NameEnd(j + 1)));
                }
            }
            return null;
        }
        return null;
    }

    /// <summary>
    /// اتهمت الولايات المتحدة ... في تقرير سنوي: a document first written as where a body or a state said something
    /// is that body's; a later bare التقرير speaks for it. The body is the first the tagger found in that sentence.
    /// </summary>
    private string? IssuedIn(int word, string document)
    {
        var text = shapes.Text;
        for (var k = 1; k < word; k++)
        {
            if (!IsDocument(k, document) || text.Folded(k - 1) is not ("في" or "وفي" or "خلال"))
            {
                continue;
            }
            if (SubjectBefore(k - 1) is { } subject)
            {
                byHead[document] = subject;
                return subject;
            }
            for (var j = k - 2; j >= 0 && text.Sentence(j) == text.Sentence(k); j--)
            {
                if (entities.StartsBodyOrPlace(j) && (j == 0 || text.Sentence(j - 1) != text.Sentence(j) || !entities.InBodyOrPlace(j - 1))
                    && FirstBodyOrPlace(j))
                {
                    var issuer = text.Phrase(j, entities.BodyOrPlaceEnd(j));
                    byHead[document] = issuer;
                    return issuer;
                }
            }
            return null;
        }
        return null;
    }

    /// <summary>للحكومة العراقية → الحكومة العراقية: words <paramref name="k"/> to <paramref name="last"/>, the first with its لـ taken off.</summary>
    private string UnjoinedLam(int k, int last)
    {
        var text = shapes.Text;
        return string.Concat("ال", text.Display(k)[2..], text.Text.AsSpan(text.End(k), text.End(last) - text.End(k)));
    }

    /// <summary>An institution's words as written, or for a bare الجامعة, الحركة the one the text named in full before.</summary>
    private string Named(int first, int last) =>
        last == first && shapes.IsDefinite(first) && NamedBefore(first) is { } named ? named : shapes.Text.Phrase(first, last);

    /// <summary>
    /// قالت قيادة العمليات المشتركة العراقية في بيان: the institution the lists know right after the verb of saying, up
    /// to the preposition before the document; before the first body the tagger found in the sentence, which may be a
    /// dateline's city (واس- الرياض: توقعت الرئاسة العامة للأرصاد في تقريرها).
    /// </summary>
    private string? SubjectBefore(int preposition)
    {
        var text = shapes.Text;
        for (var j = preposition - 1; j > 0 && text.Sentence(j) == text.Sentence(preposition); j--)
        {
            if (shapes.IsInstitution(j) && text.GapBefore(j).IsWhiteSpace() && (shapes.IsCue(j - 1) || SpokespersonAfterCue(j)))
            {
                return Named(j, InstitutionEnd(j, preposition - 1));
            }
        }
        return null;
    }

    /// <summary>وأكد متحدث باسم المفوضية الأوروبية في بيان: the body a spokesman speaks for, right after the verb, issued the document.</summary>
    private bool SpokespersonAfterCue(int j) =>
        j >= 3 && shapes.Text.Folded(j - 1) is "باسم" && shapes.IsTitle(j - 2) && shapes.IsCue(j - 3);

    /// <summary>The document word, with ال or with its issuer's pronoun joined (في تقريرها، في بيانه).</summary>
    private bool IsDocument(int k, string document)
    {
        var folded = shapes.Text.Folded(k);
        return string.Equals(WordShapes.WithoutArticle(folded), document, StringComparison.Ordinal)
            || (folded.StartsWith(document, StringComparison.Ordinal) && folded.AsSpan(document.Length) is "ه" or "ها");
    }

    /// <summary>No other body or place the tagger found stands before <paramref name="j"/> in its sentence.</summary>
    private bool FirstBodyOrPlace(int j)
    {
        for (var i = j - 1; i >= 0 && shapes.Text.Sentence(i) == shapes.Text.Sentence(j); i--)
        {
            if (entities.InBodyOrPlace(i))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// An institution's name ends where a word without ال follows one with it: أكدت المؤسسة العامة للخطوط الحديدية
    /// انتظام الرحلات has its object after it. A head without ال takes any complement (شركة أرامكو السعودية).
    /// </summary>
    /// <summary>ووزارة الداخلية: a و joined to the institution's word, not part of its name.</summary>
    private bool JoinedConjunction(int head)
    {
        var folded = shapes.Text.Folded(head);
        return folded.Length > 3 && folded[0] == 'و' && !shapes.Lexicon.Institutions.Contains(folded) && shapes.Text.Display(head).StartsWith('و');
    }

    private bool JoinedNounBeforeComplement(int k, int last)
    {
        var text = shapes.Text;
        return k < last && text.Folded(k).Length > 3 && text.Folded(k)[0] == 'و' && text.Display(k).EndsWith('ة')
            && text.GapBefore(k).IsWhiteSpace() && shapes.IsDefinite(k + 1);
    }

    /// <summary>
    /// ذكرت شركة الأدوية الأمريكية "إيلي ليلي" أن: the name in marks after the words with ال that describe the body
    /// is its name, as it is right after the head word.
    /// </summary>
    private (string Name, int Last)? NameInMarksAfterDescription(int head, int last)
    {
        if (last <= head)
        {
            return null;
        }
        for (var k = head + 1; k <= last; k++)
        {
            if (!shapes.IsDefinite(k) || !shapes.Text.GapBefore(k).IsWhiteSpace())
            {
                return null;
            }
        }
        return NameInMarks(last);
    }

    /// <summary>The words of one to four set in quote marks or brackets right after word <paramref name="head"/>, if they are.</summary>
    private (string Name, int Last)? NameInMarks(int head)
    {
        var text = shapes.Text;
        var next = head + 1;
        if (next >= text.Count || text.Sentence(next) != text.Sentence(head))
        {
            return null;
        }
        var run = text.RunOf(next);
        if (run >= 0 && text.RunOf(head) != run && text.Runs[run].Closed)
        {
            var quoted = text.Runs[run];
            var last = text.WordAt(quoted.ContentEnd - 1);
            return text.WordAt(quoted.ContentStart) == next && last - next < 4
                ? (text.Text[quoted.ContentStart..quoted.ContentEnd], last)
                : null;
        }
        if (!text.GapBefore(next).Contains('('))
        {
            return null;
        }
        for (var k = next; k < text.Count && k - next < 4 && text.Sentence(k) == text.Sentence(head); k++)
        {
            var after = text.GapBefore(k + 1 < text.Count ? k + 1 : k);
            if (k + 1 < text.Count && after.Contains(')'))
            {
                return (text.Text[text.Start(next)..text.End(k)], k);
            }
            if (k > next && !text.GapBefore(k).IsWhiteSpace())
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>The last of up to six words from an institution's head word before what ends a subject.</summary>
    private int NameEnd(int head)
    {
        var text = shapes.Text;
        var last = head;
        while (last + 1 < text.Count && last - head < 5 && text.GapBefore(last + 1).IsWhiteSpace() && !shapes.EndsSubject(last + 1))
        {
            last++;
        }
        return last;
    }

    private int InstitutionEnd(int head, int last)
    {
        var text = shapes.Text;
        for (var k = head + 1; k <= last; k++)
        {
            // السفارة السعودية في لندن أن: where it is, last before the words said, goes on the name, even after a word
            // the tagger read as a place (السعودية).
            if (k + 1 <= last && entities.PlaceLastBeforeWordsSaid(shapes, k))
            {
                continue;
            }
            // أكدت جامعة تبوك عدم وجود علاقة: a place or body the tagger found ends the name, unless a word with ال
            // or another span goes on it (جامعة الملك سعود الصحية).
            if (entities.BodyOrPlaceEnd(k - 1) == k - 1 && !shapes.IsDefinite(k) && !entities.InBodyOrPlace(k) && entities.PersonEnd(k) < 0)
            {
                return k - 1;
            }
            // بالتعاون مع وزارة التعليم (a partner), وكالة أنباء الشرق الأوسط الرسمية (its standing), دراسة جديدة أجراها
            // باحثون (the verb that names who made it): none is a word of the name, which ends before it.
            if (StartsPartnership(k) || StatusAfterName(head, k) || shapes.Lexicon.DocumentIssuedBy.Contains(text.Folded(k)))
            {
                return k - 1;
            }
            // الشؤون الصحية في منطقة مكة المكرمة، الإدارة العامة للتعليم بمنطقة جازان: the region it serves.
            if ((text.Folded(k) == "في" && k + 1 <= last && shapes.IsRegion(k + 1)) || (shapes.IsRegion(k) && text.Folded(k).StartsWith('ب')))
            {
                continue;
            }
            // لمهرجان جدة: a complement joined by لـ takes its own complement; هيئة الاتصالات وتقنية المعلومات: so does
            // a noun joined by و (ending in ة, so no verb) before its own complement.
            if (shapes.IsDefinite(k - 1) && !shapes.IsDefinite(k) && !text.Folded(k).StartsWith('ل') && !JoinedNounBeforeComplement(k, last)
                && !OwnNameBeforeItsWords(k, last) && !RoyalNameInName(k) && !NumberEndingName(k, last))
            {
                return k - 1;
            }
        }
        return last;
    }

    /// <summary>
    /// أعلنت الهيئة السعودية للمهندسين بالتعاون مع وزارة التعليم: "in cooperation with" names a partner after the
    /// institution, never a word of its name.
    /// </summary>
    private bool StartsPartnership(int k) => shapes.Text.Folded(k) is "بالتعاون" or "بالتنسيق" or "بالشراكه" or "بالاشتراك";

    /// <summary>
    /// وكالة أنباء الشرق الأوسط الرسمية، نادي الوحدة الصاعد: a word of the body's standing describes it and is no part of
    /// its name, after three words (not وكالة الأنباء الرسمية, where it is what tells the agency) or, for a club's
    /// الصاعد "newly promoted", after two.
    /// </summary>
    private bool StatusAfterName(int head, int k) => shapes.Text.Folded(k) switch
    {
        "الرسميه" or "الرسمي" or "الحكوميه" or "الحكومي" => k - head >= 3,
        "الصاعد" or "الصاعده" => k - head >= 2,
        _ => false,
    };

    /// <summary>
    /// وقالت الفرقة 30 إن: a number last before the words said numbers the body (a brigade, a channel), not its object.
    /// </summary>
    private bool NumberEndingName(int k, int last) =>
        k == last && shapes.Text.Folded(k).All(char.IsDigit) && shapes.Text.GapBefore(k).IsWhiteSpace();

    /// <summary>
    /// قالت مؤسسة جسر الملك فهد، في بيان: a king's or prince's name after his title is part of the institution's name
    /// (the tagger, seeing a person there, gives no body's span that goes on).
    /// </summary>
    private bool RoyalNameInName(int k) =>
        shapes.IsRoyalTitle(k - 1) && shapes.Text.GapBefore(k).IsWhiteSpace() && shapes.CanStartName(k);

    /// <summary>
    /// وأكدت شركة الطاقة الوطنية الجزائرية سوناطراك أنها: one word the tagger found as a name, last before أن, is the
    /// body's own name after its description, not the verb's object.
    /// </summary>
    private bool OwnNameBeforeItsWords(int k, int last)
    {
        var text = shapes.Text;
        return k == last && k + 1 < text.Count && text.GapBefore(k + 1).IsWhiteSpace() && shapes.IsComplementizer(k + 1)
            && (entities.PersonEnd(k) == k || entities.BodyOrPlaceEnd(k) == k) && shapes.CanStartName(k);
    }

    /// <summary>
    /// وذكرت الجامعة أنه after أعلنت عنها جامعة برمنغهام: a bare الجامعة is the institution with that head word the
    /// text named last before it, though nobody quoted it then.
    /// </summary>
    /// <summary>The words of one or two set in quote marks that close right before word <paramref name="k"/>, if they are.</summary>
    private string? NameInMarksBefore(int k)
    {
        var text = shapes.Text;
        if (k == 0 || text.Sentence(k - 1) != text.Sentence(k) || text.RunOf(k) >= 0)
        {
            return null;
        }
        var run = text.RunOf(k - 1);
        if (run < 0 || !text.Runs[run].Closed)
        {
            return null;
        }
        var quoted = text.Runs[run];
        return text.WordAt(quoted.ContentEnd - 1) == k - 1 && k - 1 - text.WordAt(quoted.ContentStart) < 2
            && text.GapBefore(k).Trim().Length <= 1
            ? text.Text[quoted.ContentStart..quoted.ContentEnd]
            : null;
    }

    /// <summary>The words from <paramref name="at"/> on are those of <paramref name="from"/> to <paramref name="to"/>.</summary>
    private bool SameWordsAt(int at, int from, int to)
    {
        var text = shapes.Text;
        for (var k = from; k <= to; k++, at++)
        {
            if (at >= text.Count || !string.Equals(text.Folded(at), text.Folded(k), StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    /// <param name="word">The bare head word (الجامعة).</param>
    /// <param name="adjectivesEnd">When the head has adjectives after it (الصحيفة البريطانية), the last of them: the
    /// mention before must be followed by the same words where its name ends.</param>
    private string? NamedBefore(int word, int adjectivesEnd = -1)
    {
        var text = shapes.Text;
        var folded = text.Folded(word);
        if (!folded.StartsWith("ال", StringComparison.Ordinal) || shapes.Lexicon.Documents.Contains(folded))
        {
            return null;
        }
        foreach (var (k, prefix, definite) in HeadMentionsBefore(word, WordShapes.WithoutArticle(folded)))
        {
            if (definite)
            {
                // وسجل صافي أرباح الشركة السعودية للصناعات الأساسية ... وأوضحت الشركة: the head word with ال and a
                // name after it, written where nobody spoke, is the one a bare الشركة points back to.
                if (adjectivesEnd < 0 && !HeldByTitle(k) && DefiniteName(k, prefix) is { } full)
                {
                    return full;
                }
                continue;
            }
            if (prefix > 0 && NameInMarks(k) is null)
            {
                // بجامعة نجران، لشركة وابل: with a preposition joined the body is an object or a place; only its name
                // in marks (لموقع "كوارتز") is sure to be the name a later bare head word means.
                continue;
            }
            if (adjectivesEnd < 0 && NameInMarksBefore(k) is { } before)
            {
                // تستمر "فورد" شركة صناعة السيارات العالمية ... وأكدت الشركة: the name set in quote marks before its description.
                return before;
            }
            if (NameInMarks(k) is { } marked)
            {
                // بحسب منظمة “Top 500″ ... وقالت المنظمة: the name set in quote marks after the head word.
                if (adjectivesEnd >= 0 && !SameWordsAt(marked.Last + 1, word + 1, adjectivesEnd))
                {
                    continue;
                }
                return string.Concat(text.Display(k)[prefix..], " ", marked.Name);
            }
            if (adjectivesEnd >= 0)
            {
                continue;
            }
            if (k + 1 >= text.Count || text.Sentence(k + 1) != text.Sentence(k) || !text.GapBefore(k + 1).IsWhiteSpace())
            {
                continue;
            }
            return string.Concat(text.Display(k)[prefix..], text.Phrase(k, InstitutionEnd(k, WordsAfterHead(k))).AsSpan(text.Display(k).Length));
        }
        return null;
    }

    /// <summary>The last of up to five words after head word <paramref name="k"/> in its sentence, blanks between, before what ends a subject.</summary>
    private int WordsAfterHead(int k)
    {
        var text = shapes.Text;
        var last = k + 1;
        while (last + 1 < text.Count && last - k < 5 && text.Sentence(last + 1) == text.Sentence(k) && text.GapBefore(last + 1).IsWhiteSpace()
            && !shapes.EndsSubject(last + 1))
        {
            last++;
        }
        return last;
    }

    /// <summary>
    /// Where the text wrote head word <paramref name="bare"/> before word <paramref name="word"/> (within 400 words):
    /// bare (شركة), after a joined و/ب/ل (لموقع "كوارتز"), or with ال (الشركة السعودية، للشركة، بالبنك); how many
    /// letters come before the head's own, and whether it has ال.
    /// </summary>
    private IEnumerable<(int Word, int Prefix, bool Definite)> HeadMentionsBefore(int word, string bare)
    {
        var text = shapes.Text;
        for (var k = word - 1; k >= 0 && word - k < 400; k--)
        {
            var folded = text.Folded(k);
            if (!folded.EndsWith(bare, StringComparison.Ordinal) || text.Display(k).Length != folded.Length)
            {
                continue;
            }
            var before = folded.AsSpan(0, folded.Length - bare.Length);
            if (before.IsEmpty || before is "و" or "ب" or "ل")
            {
                yield return (k, before.Length, false);
            }
            else if (before is "ال" or "وال" or "بال" or "لل" or "فال")
            {
                yield return (k, before.Length - 2, true);
            }
        }
    }

    /// <summary>
    /// مساعد مدير المستشفى للشؤون الطبية: after a title the head word is the office's body, and the words after it
    /// belong to the title (the duty), not to the body's name.
    /// </summary>
    private bool HeldByTitle(int k) => k > 0 && shapes.Text.Sentence(k - 1) == shapes.Text.Sentence(k) && shapes.IsTitle(k - 1);

    /// <summary>
    /// الشركة السعودية للصناعات الأساسية، البنك المركزي الألماني: a head word with ال, and after it more of a name
    /// than one adjective of origin (which any later mention may carry: وقالت الشركة الأمريكية; البنك السعودي
    /// الفرنسي is a name).
    /// </summary>
    private string? DefiniteName(int k, int prefix)
    {
        var text = shapes.Text;
        // بالمستشفى الدكتور فلان: a title right after the head word starts a person, not the body's name.
        if (k + 1 >= text.Count || text.Sentence(k + 1) != text.Sentence(k) || !text.GapBefore(k + 1).IsWhiteSpace()
            || shapes.IsTitle(k + 1))
        {
            return null;
        }
        var end = InstitutionEnd(k, WordsAfterHead(k));
        var named = false;
        for (var j = k + 1; j <= end; j++)
        {
            named |= !shapes.IsOrigin(j) && !text.Folded(j).All(char.IsDigit);
        }
        if (!named && end - k < 2)
        {
            return null;
        }
        // للشركة السعودية: the joined لـ stood for ال's alef.
        var head = prefix == 0 && text.Folded(k).StartsWith("لل", StringComparison.Ordinal)
            ? string.Concat("ا", text.Display(k)[1..])
            : text.Display(k)[prefix..].ToString();
        return string.Concat(head, text.Phrase(k, end).AsSpan(text.Display(k).Length));
    }
}
