namespace Marsad.Quotes.Speakers;

/// <summary>
/// A person's name read from the shapes of a phrase's words alone (<see cref="PersonNames"/> weighs it against the
/// entity tagger and the name shares): the one set in apposition after a comma, else the last one a title word stands
/// right before, else the first; a complement after a noun without ال or a king's name inside an institution's yields
/// to a name after it. A name goes on across بن links, عبد and family names with ال, and stops at four words without
/// a link or at a word without ال after one with it.
/// </summary>
internal sealed class NameShapes(WordShapes shapes, EntitySpans entities)
{
    private const int MaxUnlinkedWords = 4;

    public (int Start, int End)? Find(NounPhrase phrase)
    {
        int first = -1, afterTitle = -1, complement = -1;
        for (var start = phrase.First; start <= phrase.Last; start++)
        {
            if (!Starts(start, phrase))
            {
                continue;
            }
            if (InInstitutionName(start, phrase))
            {
                // مدير جسر الملك فهد سعد العمر: the king's name is one word (عبد and its word, or a بن chain); a name
                // after it is the person's.
                start = RoyalNameEnd(start, phrase.Last);
                continue;
            }
            if (InComplementPosition(start, phrase))
            {
                // سكرتارية عربال الدائمة محمد علي النقي: a complement yields to a name after it; alone, it is a name
                // only with two words or more (لشركة سابك يوسف البنيان has its name after it; مطار بلاكبوش none).
                var (from, to) = Extend(start, phrase.Last);
                complement = complement < 0 && to > from && shapes.Text.Folded(start - 1) != "باسم" ? start : complement;
                start = Math.Max(start, to);
                continue;
            }
            if (start > phrase.First && HasComma(start))
            {
                return Extend(start, phrase.Last);
            }
            // وسام الخثلان مشرفة قاعة الصغار: after a name of two words or more, a word that is never a name following a
            // title without ال is the office's complement, not a second name. (The name is extended only then.)
            var officeComplement = first >= 0 && start - 2 > first && !shapes.IsDefinite(start - 1) && IsNeverAName(start)
                && shapes.IsTitle(start - 1) && Extend(first, phrase.Last).End == start - 2;
            first = first < 0 ? start : first;
            // الشيخ شعبان موباجا مفتي أوغندا: a place the tagger found after a later title is the office's, and the
            // name after the first title stands.
            var placeOfOffice = afterTitle >= 0 && entities.InBodyOrPlaceOnly(start);
            afterTitle = start > phrase.First && shapes.IsTitle(start - 1) && !placeOfOffice && !officeComplement ? start : afterTitle;
        }
        var chosen = afterTitle >= 0 ? afterTitle : first >= 0 ? first : complement;
        if (chosen < 0)
        {
            return null;
        }
        // سلطان بن عبدالرحمن: a given name that is also a title word still starts the name before بن (not a title
        // with ال: المستشار بن رودس); so does a given name with ال (الأمير الوليد بن طلال).
        var linked = chosen > phrase.First && shapes.Text.Folded(chosen) is "بن" or "ابن" or "بنت"
            && (!shapes.IsDefinite(chosen - 1) || (!shapes.IsTitle(chosen - 1) && !shapes.IsVocabulary(chosen - 1)));
        return Extend(linked ? chosen - 1 : chosen, phrase.Last);
    }

    /// <summary>
    /// A word a name can start with here; not the word after an institution without ال, which names it (أمير منطقة
    /// نجران، مدير شركة أرامكو), nor one in quote marks after a preposition (مديرة التوظيف في "باب رزق جميل" رولا
    /// باصمد: the body the title serves).
    /// </summary>
    private bool Starts(int k, NounPhrase phrase)
    {
        if ((!shapes.CanStartName(k) && !ForeignNameAfterTitle(k, phrase)) || shapes.Text.QuotedAfterPreposition(k)
            || NamedAfterRoyal(k, phrase))
        {
            return false;
        }
        return k == phrase.First || !shapes.IsInstitution(k - 1) || shapes.IsDefinite(k - 1)
            || (k + 1 <= phrase.Last && shapes.IsLink(k + 1));
    }

    /// <summary>
    /// المتحدث باسم مطار بلاكبوش، شرطة مقاطعة هامبشاير البريطانية: a word after a noun without ال that is no title
    /// (or after باسم, "in the name of") most often names that noun's place or body, not a person.
    /// </summary>
    private bool InComplementPosition(int k, NounPhrase phrase)
    {
        if (k == phrase.First || HasPunctuationBefore(k) || shapes.IsDefinite(k - 1) || shapes.IsLink(k - 1))
        {
            return false;
        }
        return shapes.Text.Folded(k - 1) is "باسم" || !shapes.IsVocabulary(k - 1);
    }

    /// <summary>
    /// المتحدث الرسمي لمركز الملك سلمان للإغاثة رأفت الصباغ، جامعة الملك سعود: a king's or prince's name after an
    /// institution's noun names the institution, and yields to a person's name after it.
    /// </summary>
    public bool InInstitutionName(int k, NounPhrase phrase)
    {
        if (k < phrase.First + 2 || !shapes.IsRoyalTitle(k - 1) || HasPunctuationBefore(k) || HasPunctuationBefore(k - 1))
        {
            return false;
        }
        var noun = k - 2;
        return !shapes.IsDefinite(noun) && (shapes.IsInstitution(noun) || shapes.IsNamedAfterRoyal(noun)
            || (shapes.HasJoinedPreposition(noun) && shapes.IsVocabularyAfterPreposition(noun)));
    }

    /// <summary>مدير جسر الملك فهد: the place's noun before a royal name starts no name itself.</summary>
    private bool NamedAfterRoyal(int k, NounPhrase phrase) =>
        k + 1 <= phrase.Last && shapes.IsNamedAfterRoyal(k) && shapes.IsRoyalTitle(k + 1) && !HasPunctuationBefore(k + 1);

    private int RoyalNameEnd(int start, int last)
    {
        var end = shapes.Text.Folded(start) is "عبد" && start < last && !HasPunctuationBefore(start + 1) ? start + 1 : start;
        while (end + 2 <= last && shapes.IsLink(end + 1) && !HasPunctuationBefore(end + 1) && !HasPunctuationBefore(end + 2))
        {
            end += 2;
        }
        return end;
    }

    private bool HasComma(int k) => shapes.Text.CommaBefore(k);

    /// <summary>A word the news writes often and (almost) never in a name, and that the tagger put in none.</summary>
    private bool IsNeverAName(int k) => entities.PersonEnd(k) < 0 && shapes.Lexicon.NameShares.IsNeverAName(shapes.Text.Folded(k));

    /// <summary>
    /// خبير الاقتصاد بول كروغمان، وزيرة المالية لوكا كاتسيلي: after a title, a given name that starts like a joined
    /// preposition starts a name when a word without ال that can go on a name follows it.
    /// </summary>
    private bool ForeignNameAfterTitle(int k, NounPhrase phrase) =>
        k > phrase.First && k < phrase.Last && shapes.IsTitle(phrase.First) && shapes.StartsForeignName(k);

    private (int Start, int End) Extend(int start, int last)
    {
        var text = shapes.Text;
        var end = start;
        var words = 1;
        var firstLink = -1;
        var sawDefinite = shapes.IsDefinite(start);
        var k = start + 1;
        if (text.Folded(start) is "عبد" or "ابو" && k <= last)
        {
            (end, k) = (k, k + 1);
        }
        while (k <= last && !HasPunctuationBefore(k))
        {
            if (shapes.IsLink(k))
            {
                if (k + 1 > last || HasPunctuationBefore(k + 1))
                {
                    break;
                }
                firstLink = firstLink < 0 ? k : firstLink;
                end = k + 1;
                k += 2;
                if (text.Folded(end) is "عبد" or "ابو" && k <= last && !HasPunctuationBefore(k))
                {
                    // خالد بن عبد القادر طاهر: عبد and its word are one given name, as where a name starts with them;
                    // their ال does not make the family name after them an object.
                    end = k;
                    k++;
                }
                continue;
            }
            // البريطانية، العراقية: a feminine adjective of origin describes a place or body, it is no family name.
            var adjective = shapes.IsDefinite(k) && shapes.Text.Display(k).EndsWith("ية", StringComparison.Ordinal);
            // وسألت الموظفة سعاد الحربي الله أن: after a family name of origin (ال and a final ي), الله is the verb's
            // object; نصر الله and الجار الله stay names.
            var godAsObject = text.Folded(k) == "الله" && shapes.IsDefinite(k - 1) && text.Display(k - 1).EndsWith('ي');
            // وقال كيري مازحاً: how he said it, not his name.
            var mayContinue = !adjective && !godAsObject && !shapes.IsAdverbialAccusative(k) && !IsObjectAfterName(start, end, k) && !IsNounWithPronoun(k) && shapes.CanContinueName(k)
                || (shapes.HasJoinedPreposition(k) && !shapes.IsDefinite(k) && !shapes.IsVocabulary(k));
            if (!mayContinue || (sawDefinite && !shapes.IsDefinite(k))
                || (firstLink < 0 && words >= MaxUnlinkedWords) || !JoinedPrepositionMayEnd(k, last))
            {
                break;
            }
            // صلاح الدين دمرداش: X الدين is one given name, and a family name may follow it.
            sawDefinite |= shapes.IsDefinite(k) && shapes.Text.Folded(k) != "الدين";
            end = k;
            words++;
            k++;
        }
        if (firstLink > start + 1)
        {
            start = firstLink - 1;
            if (start - 1 >= 0 && text.Folded(start - 1) == "عبد")
            {
                start--;
            }
        }
        return (start, end);
    }

    /// <summary>
    /// ووصف عبدالرؤوف المطرود الجريمة، وأبلغ كاروناناياكي الصحافيين: after a family name with ال, or a name the tagger
    /// found ending there, a word with ال the news writes often and (almost) never in a person's name is the object, not
    /// another family name, unless the tagger put it in a name. Not after a given name (محمد علي النقي) nor a common
    /// noun (خلية الإعلام الحربي، قوة المهام المشتركة: a body's name).
    /// </summary>
    private bool IsObjectAfterName(int start, int end, int k)
    {
        var shares = shapes.Lexicon.NameShares;
        if (!shapes.IsDefinite(k))
        {
            // أكد هادي ضرورة احترام الهدنة، النائب نعمة طعمة ضرورة التمسك: after a name of two words or more, or one
            // the tagger ends there, a word without ال the news never writes in a name is the object too.
            return (end > start || entities.PersonEnd(start) == end)
                && !entities.InBodyOrPlace(k) && IsNeverAName(k);
        }
        // عبد الملك الحوثي: عبد and its word are a given name alone (whatever the tagger ended there), and a family
        // name follows them, no object.
        return !shapes.IsAbdAndItsWord(start, end) && (shapes.IsDefinite(end) || entities.PersonEnd(start) == end) && !shares.IsNeverAName(shapes.Text.Folded(start))
            && !entities.InBodyOrPlace(k) && IsNeverAName(k);
    }

    /// <summary>
    /// تواصل الفنانة الدكتورة شنكول حسيب عملها الإبداعي: a common noun with a pronoun joined to it (عملها، رضاه) is the
    /// verb's object, never a word of the name before it, unless the tagger put it in a name.
    /// </summary>
    private bool IsNounWithPronoun(int k) =>
        shapes.IsCommonNounWithPronoun(k) && entities.PersonEnd(k) < 0;

    /// <summary>
    /// A word starting with ب or ل goes on a name only as its last word (جيمس بيكر أن، خالد بحاح،، جو بايدن ورئيس
    /// الوزراء), never inside a phrase that continues (كاميرون لتلاميذ مدرسة: to a school's pupils).
    /// </summary>
    private bool JoinedPrepositionMayEnd(int k, int last)
    {
        var w = shapes.Text.Folded(k);
        if (w.Length < 3 || w[0] is not ('ب' or 'ل') || shapes.IsDefinite(k) || entities.PersonEnd(k) >= 0)
        {
            // فريدريك بورجو احد نواب رئيس: inside a person the tagger found, it is the name's own letter.
            return true;
        }
        return k == last || HasPunctuationBefore(k + 1) || shapes.IsTitle(k + 1) || shapes.IsCue(k + 1) || shapes.IsStopper(k + 1);
    }

    private bool HasPunctuationBefore(int k) => shapes.Text.PunctuationBefore(k);
}
