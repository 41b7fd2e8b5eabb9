using Marsad.Quotes.Cues;

namespace Marsad.Quotes.Speakers;

/// <summary>
/// Decides what a cue's subject phrase is: a pronoun for the one already speaking, a person (by name, resolved to
/// the fullest name in the article), an anonymous source, a group, a title (resolved to the person the article
/// gives it, when it does), an institution (a bare الهيئة resolved to the one named before), or nothing a speaker
/// can be (an object: وأكد أهمية, ولفت النظر). A body or place the entity tagger found where the subject starts
/// speaks as an institution (وكانت تركيا قد أعلنت).
/// </summary>
internal sealed class SpeakerClassifier(WordShapes shapes, PersonNames names, ArticlePeople people, OrganizationNames organizations,
    EntitySpans entities, SourcesNamedBefore sources)
{
    /// <summary>The subject is evidence, not a speaker (بينت الاختبارات أن): no quotation.</summary>
    public static readonly ResolvedSpeaker NotASpeaker = new(null, SpeakerKind.Unknown, SpeakerCue.None, -1, -1);

    private const string God = "الله";
    private const string Prophet = "النبي";

    private static readonly ResolvedSpeaker Pronoun = new(null, SpeakerKind.Unknown, SpeakerCue.Pronoun, null, null);

    public ResolvedSpeaker? Classify(NounPhrase phrase, SpeechCue cue)
    {
        var text = shapes.Text;
        var lexicon = shapes.Lexicon;
        if (text.Folded(phrase.First).StartsWith("بال", StringComparison.Ordinal) && lexicon.NameShares.IsNeverAName(text.Folded(phrase.First)))
        {
            // لكن مورينيو ألقى بالكرة في ملعب فينجر: "with the ..." opens an object, no subject; the speaker (if any) is
            // the one before the verb.
            return null;
        }
        for (var k = phrase.First; k <= phrase.Last && k < phrase.First + 3; k++)
        {
            if (lexicon.Pronouns.Contains(text.Folded(k)))
            {
                return Pronoun;
            }
        }
        if (shapes.IsProphetsBlessing(phrase.First))
        {
            // قال صلى الله عليه وسلم: the Prophet, named by the blessing.
            return new ResolvedSpeaker(Prophet, SpeakerKind.Person, SpeakerCue.Title, text.Start(phrase.First), text.End(phrase.First));
        }
        if (lexicon.GodsEpithets.Contains(text.Folded(phrase.First)) && !StartsName(phrase.First))
        {
            // قال تعالى: God, named by an epithet.
            return new ResolvedSpeaker(God, SpeakerKind.Person, SpeakerCue.Title, text.Start(phrase.First), text.End(phrase.First));
        }
        var head = phrase.First;
        while (head < phrase.Last && lexicon.GroupLeads.Contains(text.Folded(head)))
        {
            head++;
        }
        var h = text.Folded(head);
        if (lexicon.NonSpeakers.Contains(h))
        {
            return NotASpeaker;
        }
        if (shapes.IsQuantityOf(phrase.First) && phrase.Count > 2)
        {
            // ذكر العديد من المواطنين والمقيمين، أكد عدد من قادة القطاعات: a number of them speaks as a group.
            return Described(phrase, SpeakerKind.Group);
        }
        // A source, a group or an institution at the head: the words after it describe it (مصدر مطلع، وزارة
        // الداخلية التونسية), they are no name, unless a title stands there too (المتحدث باسم الوزارة فلان).
        if (lexicon.Anonymous.Contains(h) && !organizations.HasIssuer(head) && TaggedNameAtEnd(phrase, head) is { } named)
        {
            // مسؤول الرقابة عن المنشطات في الوفد السعودي عبدالعزيز المسعد: the source's description ends in the name
            // the tagger found, and the source is that person.
            return Person(people.Record(named.Start, named.End, Enumerable.Range(phrase.First, named.Start - phrase.First)), named.Start, named.End,
                SpeakerCue.Name);
        }
        if (lexicon.Anonymous.Contains(h) && !organizations.HasIssuer(head))
        {
            return (phrase.Count == 1 ? sources.Find(head) : null) ?? Described(DescriptionOnly(phrase, head), SpeakerKind.Anonymous);
        }
        if (lexicon.Groups.Contains(h))
        {
            // هؤلاء المختصون: the demonstrative points back; the group is what it points at.
            return Described(DescriptionOnly(text.Display(phrase.First) is "هؤلاء" ? phrase with { First = head } : phrase, head), SpeakerKind.Group);
        }
        if (shapes.IsInstitution(head) && !Titled(phrase.First, phrase.Last + 1))
        {
            return organizations.Read(phrase, head);
        }
        if (phrase.First == head && entities.StartsBodyOrPlace(head) && !shapes.IsTitle(head) && !IsFamilyNameAlone(phrase))
        {
            // وكانت تركيا قد أعلنت، وقالت سانوفي: a body or a place (a state speaking) the tagger found where the subject starts.
            var last = Math.Min(entities.BodyOrPlaceEnd(head), phrase.Last);
            // معهد البترول الأمريكي where the tagger found معهد البترول: the adjectives of origin after it are the body's.
            while (last < phrase.Last && shapes.IsOrigin(last + 1))
            {
                last++;
            }
            return new ResolvedSpeaker(text.Phrase(head, last), SpeakerKind.Organization, SpeakerCue.Description, text.Start(head), text.End(last));
        }
        if (LoneJoinedName(phrase))
        {
            // لويس فان جال: the tagger's span says how far the name goes.
            var end = Math.Max(phrase.First, Math.Min(entities.PersonEnd(phrase.First), phrase.Last));
            var person = people.Record(phrase.First, end, []);
            return Person(person, phrase.First, end, SpeakerCue.Name);
        }
        if (names.Find(phrase) is { } name && (Titled(phrase.First, name.Start) || Accepts(name.Start, name.End, phrase)))
        {
            var person = people.Record(name.Start, name.End, Enumerable.Range(phrase.First, name.Start - phrase.First));
            return Person(person, name.Start, name.End, SpeakerCue.Name);
        }
        if (shapes.IsTitle(head))
        {
            // وأوضح السيد after محمد السيد: a title word alone that the tagger reads as a person, or that stands in a
            // name the article gives (وقال المعلم after وليد المعلم, the tagger silent), and that is the family name of
            // someone the article names in full, is that person.
            if (phrase.Count == 1 && shapes.IsDefinite(head) && (entities.PersonEnd(head) == head || people.Named(head, head) is not null) && people.HasFullerMention(head))
            {
                return Person(people.Record(head, head, []), head, head, SpeakerCue.Name);
            }
            // الشيخ الشريم: a title and a family name the article gives in full elsewhere.
            for (var k = head + 1; k <= phrase.Last; k++)
            {
                if (!shapes.IsTitle(k) && shapes.IsDefinite(k) && !shapes.IsVocabulary(k) && people.Named(k, k) is { } known)
                {
                    return Person(people.Record(k, k, Enumerable.Range(phrase.First, k - phrase.First)), k, k, SpeakerCue.Name);
                }
            }
            var titleWords = Enumerable.Range(phrase.First, phrase.Count).Select(text.Folded);
            return people.Titled(titleWords, text.Start(cue.Word)) is { } titled
                ? Person(titled, phrase.First, phrase.Last, SpeakerCue.Title)
                : new ResolvedSpeaker(shapes.Text.Phrase(phrase.First, phrase.Last), SpeakerKind.Title, SpeakerCue.Title, text.Start(phrase.First), text.End(phrase.Last));
        }
        if (shapes.IsInstitution(head))
        {
            return organizations.Read(phrase, head);
        }
        if (phrase.Count == 1 && shapes.IsDefinite(head) && !shapes.IsVocabulary(head) && Accepts(head, head, phrase)
            && (people.Named(head, head) is not null || people.HasFullerMention(head) || shapes.Text.Display(head)[^1] == 'ي'))
        {
            // A family name alone (وقال الكاظمي): the fullest name the article gives it, or itself. Only one the
            // article gives in full, or a nisba: القاعدة تقول is a saying.
            var person = people.Record(head, head, []);
            return Person(person, head, head, SpeakerCue.Name);
        }
        if (phrase.Count == 1 && shapes.IsDefinite(head) && !shapes.IsVocabulary(head) && (EndsBeforeItsWords(phrase) || Addressed(head)))
        {
            // وأفاد المقيم لـ«عكاظ» أن: a person described by a noun, shown as the text describes them.
            return new ResolvedSpeaker(shapes.Text.Phrase(head, head), SpeakerKind.Title, SpeakerCue.Title, text.Start(head), text.End(head));
        }
        if (phrase.Count > 1 && shapes.IsDefinite(head) && !shapes.IsVocabulary(head) && EndsBeforeItsWords(phrase))
        {
            // وتقول الأكاديمية الأمريكية لأمراض الجلد إن: a body the lists do not know, named in full before its words.
            return organizations.Read(phrase, head);
        }
        return null;
    }

    /// <summary>عز الدين الأصبحي: عز and جل start a man's name unless وجل, شأنه or من follows (قال عز وجل، عز من قائل).</summary>
    private bool StartsName(int k) =>
        shapes.Text.Folded(k) is "عز" or "جل" && k + 1 < shapes.Text.Count
        && shapes.Text.Folded(k + 1) is not ("وجل" or "وعلا" or "وعز" or "شانه" or "جلاله" or "من");

    /// <summary>
    /// بايدن، بحاح، لافروف: a name that starts like a joined preposition is no name start in general (لوسائل
    /// الإعلام), so it is taken only as the phrase's first word when the article names that person, or alone before
    /// a colon, a comma or أن.
    /// </summary>
    private bool LoneJoinedName(NounPhrase phrase)
    {
        var k = phrase.First;
        if (!shapes.HasJoinedPreposition(k) || shapes.IsDefinite(k) || shapes.IsVocabulary(k))
        {
            return false;
        }
        // وقال بلان للصحفيين: a word the tagger has inside a person's name is that name, wherever the phrase ends.
        return people.Named(k, k) is not null || entities.PersonEnd(k) >= 0 || (phrase.Last == k && Accepts(k, k, phrase));
    }

    /// <summary>
    /// ولفت "الزمهري" after اللواء صباح بن عايد الزمهري: one word the tagger took for a body, that ends a person's name
    /// the article gives in full, is that person.
    /// </summary>
    private bool IsFamilyNameAlone(NounPhrase phrase) =>
        phrase.Count == 1 && entities.BodyOrPlaceEnd(phrase.First) == phrase.First && people.Named(phrase.First, phrase.First) is not null;

    /// <summary>A title stands before the name in the phrase (الملك فهد، المتحدث الرسمي للمركز رأفت الصباغ).</summary>
    private bool Titled(int first, int nameStart)
    {
        for (var k = first; k < nameStart; k++)
        {
            if (shapes.IsTitle(k))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A name with no title is taken when it has two words or more, when the article names that person elsewhere, or
    /// when a complementizer, a colon, a comma or its verb follows it (وقال خلفان:، عن علقمة قال): a lone word before quote marks is more
    /// likely an object (وأكد أهمية “...”).
    /// </summary>
    private bool Accepts(int start, int end, NounPhrase phrase)
    {
        // وقال الأفغاني رضا: a word after an adjective of origin is the person it describes.
        if (end > start || people.Named(start, end) is not null || (start > phrase.First && shapes.IsNisba(start - 1)))
        {
            return true;
        }
        if (start == phrase.First && entities.PersonEnd(start) == end)
        {
            // واكد عباس «...»: a word the tagger found as a person on its own is a name, not an object.
            return true;
        }
        var text = shapes.Text;
        var next = end + 1;
        if (next >= text.Count || text.Sentence(next) != text.Sentence(end))
        {
            return false;
        }
        var gap = text.GapBefore(next);
        if (gap.IsWhiteSpace() && shapes.IsTitle(next) && !shapes.IsDefinite(next) && !shapes.Lexicon.NameShares.IsSeldomAName(text.Folded(start)))
        {
            // فهد شقيق الشهيد قال: a word the news does not write often outside names, with a title in construct after
            // it (not انحنى الرئيس, a verb and its subject), is the title's holder.
            return true;
        }
        if (gap.Contains('(') && text.Display(next).Length > 0 && char.IsDigit(text.Display(next)[0]))
        {
            // وقال ليندجرين (42 عاما): a word followed by an age in brackets is a person's name.
            return true;
        }
        if (start == phrase.First && InShortQuote(start))
        {
            // وفي وقت لاحق قالت "اكسور" الايطالية القابضة: a word set in quote marks right after the verb is a name.
            return true;
        }
        if (phrase.Last == end && (gap.Contains(':') || gap.Contains(',') || gap.Contains('\u060C') || shapes.IsComplementizer(next)
            || (shapes.IsCue(next) && text.Folded(next)[0] is not ('و' or 'ف'))))
        {
            return true;
        }
        // واوضحت كاتسيلي لوسائل الاعلام ان، وزاد خلفان في تغريدة: who it was said to, or the occasion, follows the
        // subject, not an object.
        var occasion = shapes.IsStopper(next) && next + 1 < text.Count && shapes.Lexicon.Occasions.Contains(text.Folded(next + 1));
        return gap.IsWhiteSpace() && (occasion || shapes.Lexicon.Addressees.Contains(text.Folded(next))
            || (text.Folded(next).StartsWith('ل') && shapes.HasJoinedPreposition(next)));
    }

    private bool InShortQuote(int k)
    {
        var text = shapes.Text;
        var run = text.RunOf(k);
        if (run < 0 || (k > 0 && text.RunOf(k - 1) == run))
        {
            return false;
        }
        var quoted = text.Runs[run];
        return quoted.Closed && text.WordAt(quoted.ContentEnd) - text.WordAt(quoted.ContentStart) <= 2;
    }

    /// <summary>The word is followed by whom it was said to: لـ«عكاظ»، لوسائل الإعلام، له.</summary>
    private bool Addressed(int k)
    {
        var text = shapes.Text;
        var next = k + 1;
        return next < text.Count && text.Sentence(next) == text.Sentence(k)
            && (text.Folded(next) is "ل" || shapes.Lexicon.Addressees.Contains(text.Folded(next))
                || (text.Folded(next).StartsWith('ل') && shapes.HasJoinedPreposition(next)));
    }

    private bool EndsBeforeItsWords(NounPhrase phrase)
    {
        var text = shapes.Text;
        var next = phrase.Last + 1;
        return next < text.Count && text.Sentence(next) == text.Sentence(phrase.Last)
            && (shapes.IsComplementizer(next) || text.GapBefore(next).Contains(':'));
    }

    private ResolvedSpeaker Person(KnownPerson person, int start, int end, SpeakerCue how) =>
        new(person.Display, SpeakerKind.Person, how, shapes.Text.Start(start), shapes.Text.End(end));

    /// <summary>A person of two words or more the tagger found ending the phrase, after its head.</summary>
    private (int Start, int End)? TaggedNameAtEnd(NounPhrase phrase, int head) =>
        entities.PersonWithin(head + 1, phrase.Last) is { } tagged && tagged.End == phrase.Last && tagged.End > tagged.Start ? tagged : null;

    /// <summary>
    /// Where a source's or group's description ends. مصادر الأوقاف وشهود عيان، سكان ومصدر عسكري: a source joined by و
    /// to the source or group before it is another speaker, and the first one named stands for them (groups joined to
    /// groups are one: وجهاء وأعيان محافظة القطيف، الخبراء والمحللون). أهالي القرى ... ثقتهم: a word with هم or ها joined,
    /// past the head's own next word, is the verb's object.
    /// </summary>
    private NounPhrase DescriptionOnly(NounPhrase phrase, int head)
    {
        for (var k = head + 1; k <= phrase.Last; k++)
        {
            var folded = shapes.Text.Folded(k).AsSpan();
            if ((folded.Length > 2 && folded[0] == 'و' && shapes.Lexicon.Anonymous.Contains(folded[1..]))
                || (k > head + 1 && shapes.Text.Display(k).Length > 4 && shapes.EndsWithHaOrHum(k)))
            {
                return phrase with { Last = k - 1 };
            }
        }
        return phrase;
    }

    private ResolvedSpeaker Described(NounPhrase phrase, SpeakerKind kind) =>
        new(shapes.Text.Phrase(phrase.First, phrase.Last), kind, SpeakerCue.Description, shapes.Text.Start(phrase.First), shapes.Text.End(phrase.Last));
}
