namespace Marsad.Quotes.Speakers;

/// <summary>
/// Finds a person's name inside a speaker phrase, with no name list: the name starts at the first word that is
/// neither vocabulary (titles, institutions, small words) nor written with ال or a joined preposition, and goes on
/// while the words can belong to a name: بن/ابن/آل/أبو chains (فيصل بن مشعل بن سعود بن عبدالعزيز), عبد joined to its
/// next word (عبد الفتاح السيسي), family names with ال (تركي الحميدي الحربي). A word without ال after one with it
/// ends the name (مصطفى الكاظمي التزامه); so do four words without a link. With a link the name starts at the word
/// before the first link, which skips what a title left (مدير فنون أبها أحمد بن إبراهيم السروي).
/// </summary>
/// Where the entity tagger's person spans are known (<see cref="EntitySpans"/>), a name that runs on past one into
/// words without ال (رجب طيب أردوغان عزم بلاده) ends where the span ends; a phrase the shapes find no name in takes a
/// person span of two words or more inside it, and one that starts the phrase is its name.
internal sealed class PersonNames(WordShapes shapes, EntitySpans entities)
{
    private readonly NameShapes byShape = new(shapes, entities);

    /// <summary>
    /// The person's name in the phrase, as word indices <c>[Start, End]</c>, or null: the one set in apposition after
    /// a comma (مدير وحدة مكافحة إيبولا في ليبيريا، تولبرت نينسواه), else the last one a title word stands right before
    /// (شيخ قبيلة بني عامر الشيخ عبدالعزيز بن رقوش), else the first.
    /// </summary>
    public (int Start, int End)? Find(NounPhrase phrase) => WithoutCommonWordsAtEnd(FindAny(phrase));

    /// <summary>
    /// واستنكر الأمير خالد اختفاء بعض الأقلام: a name's last words that the news never writes in a name, without ال, are
    /// the verb's object where the tagger ran its person on into them.
    /// </summary>
    private (int Start, int End)? WithoutCommonWordsAtEnd((int Start, int End)? found)
    {
        if (found is not var (start, end))
        {
            return null;
        }
        while (end > start && entities.PersonEnd(start) == end && !shapes.IsDefinite(end) && !shapes.IsLink(end - 1)
            && shapes.Lexicon.NameShares.IsNeverAName(shapes.Text.Folded(end)))
        {
            end--;
        }
        return (start, end);
    }

    private (int Start, int End)? FindAny(NounPhrase phrase)
    {
        var shaped = byShape.Find(phrase);
        var first = entities.PersonEnd(phrase.First);
        if (first > phrase.First && shaped?.Start != phrase.First)
        {
            // ويقول فريدريك بورجو احد نواب رئيس (بات): a person the tagger found right where the subject starts; the
            // titles it took in (المهندس نواف) are no part of the name.
            var (nameStart, nameEnd) = (phrase.First, Math.Min(first, phrase.Last));
            while (nameStart < nameEnd && shapes.IsTitle(nameStart))
            {
                nameStart++;
            }
            return (nameStart, nameEnd);
        }
        if (shaped is not { } name)
        {
            return TaggedWithin(phrase);
        }
        if (NameAfterPlace(phrase, name) is { } after)
        {
            // عضو اللجنة الوطنية في مكة المكرمة أسامة فيلالي: the shapes took the place and its adjective for the name.
            name = after;
        }
        while (name.Start < name.End && entities.InBodyOrPlaceOnly(name.Start))
        {
            // المتحدث باسم المقاومة في عدن علي الأحمدي: the place the title's preposition opened is no part of the name.
            name = (name.Start + 1, name.End);
        }
        if (IsBodyOrPlace(name.Start, name.End) || IsCommonWordsAfterTitle(phrase, name))
        {
            // وبيّن أمير مكة أن: a place or body the tagger found after a title is no person's name; nor is an object
            // or a description (وأكد الوزير المصري تطابق رؤية الجانبين). A name of two words or more may still follow
            // them (مدير عام كرة القدم بنادي الهلال فهد المفرج).
            return NameAfter(phrase, name);
        }
        var end = entities.PersonEnd(name.Start);
        while (end >= name.Start && end < name.End && shapes.Text.BlankBefore(end + 1) && entities.PersonEnd(end + 1) > end
            && !shapes.Text.Display(end).EndsWith("ته", StringComparison.Ordinal))
        {
            // كارل هاينتس رومينيجه: two persons the tagger found side by side, with nothing between them, are one name;
            // not across a noun with "his" joined to its ة (وليام صديقته سلينا سويفت: his girlfriend).
            end = entities.PersonEnd(end + 1);
        }
        if (end == name.End + 1 && end == phrase.Last && shapes.IsTitle(end))
        {
            // المتحدث الرسمي باسم وزارة الحج حاتم قاضي، أن: a family name that is also a title word ends the phrase
            // inside the tagger's person.
            return (name.Start, end);
        }
        if (end > name.End + 1 && end <= phrase.Last && IsTitleWordAsGivenName(name.End + 1, end))
        {
            // خالد مساعد السهلي: a title word without ال inside the tagger's person, between a given name and a family
            // name, is the father's given name.
            return (name.Start, end);
        }
        if (end < name.Start || end >= name.End || shapes.IsLink(end))
        {
            // فاطمة آل فايز: a span that ends at آل or بن stopped short of the name it links to.
            return name;
        }
        // عبد الملك الحوثي: عبد and its word are one given name, as one word is.
        var oneGivenName = end == name.Start || shapes.IsAbdAndItsWord(name.Start, end);
        for (var k = end + 1; k <= name.End; k++)
        {
            // A span of two words or more is trusted past words with ال too (خالد الفيصل الولاء والتقدير); one word is
            // not (تركي الحميدي may be all the tagger saw); a link goes on a name whatever the tagger says.
            if (shapes.IsLink(k) || (shapes.IsDefinite(k) && oneGivenName))
            {
                return name;
            }
        }
        // رئيس الوزراء اليمني خالد محفوظ بحاح أن: one word past the tagger's span that ends the subject, is no common
        // word and carries no pronoun is the family name the tagger left out (not أردوغان عزم بلاده, a verb and more).
        if (name.End == end + 1 && name.End == phrase.Last && !shapes.HasPronounSuffix(name.End) && !shapes.Lexicon.NameShares.IsSeldomAName(shapes.Text.Folded(name.End)))
        {
            return name;
        }
        return (name.Start, end);
    }

    private bool IsTitleWordAsGivenName(int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (!shapes.IsTitle(k) || shapes.IsDefinite(k) || shapes.Text.PunctuationBefore(k))
            {
                return false;
            }
        }
        return !shapes.Text.PunctuationBefore(end) && !shapes.IsTitle(end) && shapes.CanContinueName(end);
    }

    /// <summary>
    /// A person the tagger found inside a phrase the shapes find no name in: a span of two words or more, else one word
    /// that ends the phrase after a title (المرجع الديني آية الله السيد الصرخي) but not a king's after an institution's
    /// or a place's noun (رئيس اللجنة في جسر الملك فهد: the bridge's); not a span that starts with a title
    /// (آية الله), nor one that starts at a word with a joined preposition found bare elsewhere (لسوق عكاظ: a place).
    /// </summary>
    private (int Start, int End)? TaggedWithin(NounPhrase phrase)
    {
        for (var from = phrase.First; from <= phrase.Last && entities.PersonWithin(from, phrase.Last) is { } tagged; from = tagged.End + 1)
        {
            if (shapes.IsTitle(tagged.Start))
            {
                continue;
            }
            var named = tagged.End > tagged.Start || (tagged.End == phrase.Last && tagged.Start > phrase.First && shapes.IsTitle(tagged.Start - 1)
                && !byShape.InInstitutionName(tagged.Start, phrase));
            return named && !(shapes.HasJoinedPreposition(tagged.Start) && shapes.StandsAloneWithoutFirstLetter(tagged.Start)) ? tagged : null;
        }
        return null;
    }

    /// <summary>
    /// Words after a title that have a name's shape but are no name (وأكد الوزير المصري تطابق رؤية الجانبين): the first
    /// is one the news writes often and never in a person's name, none is often in one (<see cref="Vocabulary.NameShares"/>:
    /// رئيسة النادي ملاك المنيف is a name), and the tagger found no person there. They stay in the title's phrase, which
    /// may describe its holder (شيخ طائفة العقاريين).
    /// </summary>
    private bool IsCommonWordsAfterTitle(NounPhrase phrase, (int Start, int End) name)
    {
        var shares = shapes.Lexicon.NameShares;
        if (!shares.IsNeverAName(shapes.Text.Folded(name.Start)) || entities.PersonWithin(name.Start, name.End) is not null)
        {
            return false;
        }
        for (var k = name.Start + 1; k <= name.End; k++)
        {
            if (!shares.IsSeldomAName(shapes.Text.Folded(k)))
            {
                return false;
            }
        }
        for (var k = phrase.First; k < name.Start; k++)
        {
            if (shapes.IsTitle(k))
            {
                return true;
            }
        }
        return false;
    }

    private (int Start, int End)? NameAfter(NounPhrase phrase, (int Start, int End) words)
    {
        if (words.End >= phrase.Last || byShape.Find(new NounPhrase(words.End + 1, phrase.Last)) is not { } next || next.End == next.Start)
        {
            return null;
        }
        for (var k = phrase.First; k < next.Start; k++)
        {
            if (shapes.IsStopper(k))
            {
                return null;
            }
        }
        var titled = Enumerable.Range(phrase.First, words.Start - phrase.First).Any(shapes.IsTitle);
        return titled && !IsBodyOrPlace(next.Start, next.End) && !IsCommonWordsAfterTitle(phrase, next) ? next : null;
    }

    /// <summary>
    /// The name right after a place the tagger found, when the shaped "name" is that place and the adjectives that
    /// follow it (مكة المكرمة), and a name starts right after them.
    /// </summary>
    private (int Start, int End)? NameAfterPlace(NounPhrase phrase, (int Start, int End) name)
    {
        if (!entities.InBodyOrPlace(name.Start) || entities.PersonEnd(name.Start) >= 0)
        {
            return null;
        }
        var after = entities.BodyOrPlaceEnd(name.Start) + 1;
        while (after <= name.End && shapes.IsDefinite(after) && entities.PersonEnd(after) < 0)
        {
            after++;
        }
        return after > name.End && after <= phrase.Last && byShape.Find(new NounPhrase(after, phrase.Last)) is { } next && next.Start == after
            ? next
            : null;
    }

    private bool IsBodyOrPlace(int start, int end)
    {
        for (var k = start; k <= end; k++)
        {
            if (!entities.InBodyOrPlaceOnly(k))
            {
                return false;
            }
        }
        return true;
    }
}
