using Marsad.Quotes.Reading;
using Marsad.Quotes.Vocabulary;
using Marsad.Text;

namespace Marsad.Quotes.Speakers;

/// <summary>What a word of a subject looks like: a title, an institution, the start of a name, a joined preposition.</summary>
internal sealed class WordShapes(QuoteText text, QuoteLexicon lexicon)
{
    public QuoteText Text { get; } = text;

    public QuoteLexicon Lexicon { get; } = lexicon;

    /// <summary>
    /// A folded word without its ال, when what is left is still a word (الخبر → خبر, not اله → ه): how mentions of
    /// one name, title or institution head compare (العويضة and عويضة, الجامعة and جامعة).
    /// </summary>
    public static string WithoutArticle(string folded) =>
        folded.Length > 4 && folded.StartsWith("ال", StringComparison.Ordinal) ? folded[2..] : folded;

    /// <summary>
    /// Written with the article (ال), alone or after و/ب/ل/ف (والدفاع، بالجوف، للمركز). The article's alef is written
    /// bare: إليزابيث، إلياس، إلهام fold like it but are names.
    /// </summary>
    public bool IsDefinite(int i)
    {
        var w = Text.Folded(i).AsSpan();
        if (w.StartsWith("لل"))
        {
            return !HasPronounSuffix(i);
        }
        var alef = w.StartsWith("ال") ? 0 : w.Length > 3 && w[0] is 'و' or 'ب' or 'ف' && w[1..].StartsWith("ال") ? 1 : -1;
        return alef >= 0 && NthLetter(Text.Display(i), alef) == 'ا' && !HasPronounSuffix(i);
    }

    /// <summary>The word's <paramref name="n"/>th letter, diacritics and tatweel skipped.</summary>
    private static char NthLetter(ReadOnlySpan<char> word, int n)
    {
        foreach (var c in word)
        {
            if (ArabicLetters.IsDiacritic(c) || c == ArabicLetters.Tatweel)
            {
                continue;
            }
            if (n-- == 0)
            {
                return c;
            }
        }
        return '\0';
    }

    /// <summary>
    /// التزامه، التزامها، التزامهم: a word that starts like ال but ends with a pronoun is a verbal noun, never a
    /// definite name (ال and a pronoun suffix exclude each other). Read in display form, where ة is not ه.
    /// </summary>
    public bool HasPronounSuffix(int i)
    {
        var d = Text.Display(i);
        if (d.Length <= 4 || d.SequenceEqual("الله"))
        {
            return false;
        }
        if (d.EndsWith("ها") || (d.Length > 5 && (d.EndsWith("هم") || d.EndsWith("هما"))))
        {
            return true;
        }
        // الفقه، الاتجاه: after ال, a final ه is the word's own letter unless the word without it is one the news
        // writes (التزامه: التزام).
        var folded = Text.Folded(i);
        return d.EndsWith('ه') && (!d.StartsWith("ال", StringComparison.Ordinal) || Lexicon.NameShares.IsSeldomAName(folded.AsSpan(0, folded.Length - 1)));
    }

    /// <summary>عملها، بلاده: a noun the news writes often outside names, with a pronoun joined to it (someone's).</summary>
    public bool IsCommonNounWithPronoun(int i) => HasPronounSuffix(i) && Lexicon.NameShares.IsSeldomAName(Text.Folded(i));

    /// <summary>
    /// ثقتها، رضاهم: the word as written ends in ها or هم, the pronouns that mark a noun as someone's (its object's
    /// or its adverb's) right after a verb or a number of people. No length bound: the callers set their own.
    /// </summary>
    public bool EndsWithHaOrHum(int i)
    {
        var d = Text.Display(i);
        return d.EndsWith("ها", StringComparison.Ordinal) || d.EndsWith("هم", StringComparison.Ordinal);
    }

    /// <summary>
    /// حددت، بثت، وصف: a word that may be a bare past verb by its shape alone, of three to six letters, not definite, no
    /// known word and no preposition joined to it.
    /// </summary>
    public bool CanBeBareVerb(int i) =>
        Text.Folded(i).Length is >= 3 and <= 6 && !IsDefinite(i) && !IsVocabulary(i) && !HasJoinedPreposition(i);

    /// <summary>A preposition joined to the word (لوسائل، بولاية، للمركز).</summary>
    public bool HasJoinedPreposition(int i)
    {
        var w = Text.Folded(i);
        return w.Length > 3 && w[0] is 'ل' or 'ب' && !Lexicon.Titles.Contains(w) && !Lexicon.Institutions.Contains(w)
            && !Lexicon.NameLinks.Contains(w);
    }

    // Each word is asked whether it is a title or an institution many times over (every phrase read through it asks
    // again): the answers are kept per word, 0 not yet asked, 1 yes, -1 no.
    private readonly sbyte[] titles = new sbyte[text.Count];
    private readonly sbyte[] institutions = new sbyte[text.Count];

    public bool IsTitle(int i) => Remembered(titles, i, Lexicon.Titles) && !IsTitleWordInOtherSense(i);

    /// <summary>
    /// لديه ثقة كبيرة في قدرات: كبير and كبيرة name a rank only before a definite noun (كبير المفاوضين); elsewhere they
    /// say how big something is.
    /// </summary>
    private bool IsTitleWordInOtherSense(int i) =>
        Text.Folded(i) is "كبير" or "كبيره" && (i + 1 >= Text.Count || !Text.BlankBefore(i + 1) || !IsDefinite(i + 1));

    /// <summary>ممثلة بالرئيس عبد ربه منصور هادي، للرئيس: a title with ال behind a joined ب or ل.</summary>
    public bool IsTitleAfterPreposition(int i) => TitleKey.WithoutPreposition(Text.Folded(i)) is { } bare && Lexicon.Titles.Contains(bare);

    public bool IsInstitution(int i) => Remembered(institutions, i, Lexicon.Institutions);

    /// <summary>عبد الملك، عبد العزيز: words <paramref name="start"/> to <paramref name="end"/> are عبد and its word, one given name.</summary>
    public bool IsAbdAndItsWord(int start, int end) => end == start + 1 && Text.Folded(start) is "عبد";

    /// <summary>جسر، بمستشفى، ومدينة: a place's noun a royal name may follow, bare or behind و, ب or ل.</summary>
    public bool IsNamedAfterRoyal(int i)
    {
        var w = Text.Folded(i).AsSpan();
        return Lexicon.NamedAfterRoyals.Contains(w) || (w.Length > 3 && w[0] is 'و' or 'ب' or 'ل' && Lexicon.NamedAfterRoyals.Contains(w[1..]));
    }

    private bool Remembered(sbyte[] answers, int i, FoldedWords table)
    {
        if (answers[i] == 0)
        {
            answers[i] = InTable(table, i) ? (sbyte)1 : (sbyte)-1;
        }
        return answers[i] > 0;
    }

    public bool IsLink(int i) => Lexicon.NameLinks.Contains(Text.Folded(i)) || IsMauritanianLink(i);

    /// <summary>
    /// إسماعيل ولد الشيخ أحمد: ولد links a Mauritanian name as بن does, between a name's word and one more; not the
    /// verb "was born" (ولد في، الذي ولد), which a stopper, a small word or a verb of saying follows or precedes.
    /// </summary>
    private bool IsMauritanianLink(int i) =>
        Text.Folded(i) is "ولد" && i > 0 && i + 1 < Text.Count && Text.BlankBefore(i) && Text.BlankBefore(i + 1)
        && !IsDefinite(i - 1) && !IsVocabulary(i - 1) && !HasJoinedPreposition(i - 1) && !IsStopper(i + 1) && !IsCue(i + 1) && !IsComplementizer(i + 1);

    public bool IsCue(int i) => Lexicon.Cue(Text.Folded(i)) is { } entry && !Cues.CueFinder.SpokespersonFor(Text, i, entry);

    /// <summary>
    /// A word that ends a subject. Folding joins two names to prepositions: إمام (a title) folds like أمام, and the
    /// name علي like على; written so after a title or the end of one (الأستاذ علي، بتعليم القريات علي العطشان) or in a
    /// name (بن علي، محمد علي النقي) they are names.
    /// </summary>
    public bool IsStopper(int i)
    {
        var display = Text.Display(i);
        if (IsDayBeforeYesterday(i))
        {
            return true;
        }
        if (!Lexicon.Stoppers.Contains(Text.Folded(i)) || display[0] == 'آ')
        {
            return false;
        }
        if ((display[0] == 'إ' && IsTitle(i)) || IsGivenNameAfterTitle(i))
        {
            return false;
        }
        return !(display.SequenceEqual("علي") && i > 0
            && ((Text.GapBefore(i).IsWhiteSpace()
                    && (IsTitle(i - 1) || IsLink(i - 1) || IsDefinite(i - 1) || CanStartName(i - 1) || OpensClauseBeforeName(i)))
                || InAppositionBeforeFamilyName(i)));
    }

    /// <summary>
    /// وأوضحت المطوفة صباح بوان: صباح ("morning", and a woman's name) right after a title and before a word that can be a
    /// family name is her given name; قال الوزير صباح أمس keeps the time.
    /// </summary>
    private bool IsGivenNameAfterTitle(int i) =>
        Text.Folded(i) == "صباح" && i > 0 && Text.BlankBefore(i) && IsTitle(i - 1)
        && i + 1 < Text.Count && Text.BlankBefore(i + 1) && !IsStopper(i + 1) && !IsVocabulary(i + 1) && HasLetters(i + 1)
        && !Lexicon.NameShares.IsSeldomAName(Text.Folded(i + 1));

    /// <summary>قد قال أول أمس: أول before أمس (or من أمس) is a time, not the rank أول (الفريق أول).</summary>
    private bool IsDayBeforeYesterday(int i) =>
        Text.Folded(i) == "اول" && i + 1 < Text.Count && Text.Folded(i + 1) is "امس" or "من" && Text.GapBefore(i + 1).IsWhiteSpace()
        && (Text.Folded(i + 1) == "امس" || (i + 2 < Text.Count && Text.Folded(i + 2) == "امس"));

    /// <summary>
    /// السفير اليمني لدى لبنان، علي الديلمي، أن; رئيس مجلس قضاء الخالدية في محافظة الأنبار، علي داود: علي after a comma,
    /// before a family name (a word with ال, or one that can start a name, that the news does not write often outside
    /// names), is a name set in apposition; علي الرغم, علي الفور and علي سبيل stay prepositions.
    /// </summary>
    private bool InAppositionBeforeFamilyName(int i)
    {
        return Text.CommaBefore(i) && i + 1 < Text.Count && Text.GapBefore(i + 1).IsWhiteSpace() && IsFamilyName(i + 1);
    }

    /// <summary>
    /// A word that can be a family name after علي: one with ال, or one that can start a name, that the news does not
    /// write often outside names and that is no title or institution.
    /// </summary>
    private bool IsFamilyName(int i) =>
        (IsDefinite(i) || CanStartName(i)) && !Lexicon.NameShares.IsSeldomAName(Text.Folded(i)) && !IsTitle(i) && !IsInstitution(i);

    /// <summary>
    /// لكن علي أكبر صالحي، وقال علي أكبر صالحي: علي where a clause opens or right after a verb of saying, before a word
    /// that starts a name, is the name; so it is before a family name with ال (وأكد علي الأحمدي أن), but not before a
    /// word the news writes often outside names (وأكد علي الالتزام، على الرغم).
    /// </summary>
    private bool OpensClauseBeforeName(int i) =>
        (Text.StartsClause(i) || Lexicon.ClauseLeads.Contains(Text.Folded(i - 1)) || IsCue(i - 1))
        && i + 1 < Text.Count && Text.GapBefore(i + 1).IsWhiteSpace()
        && (CanStartName(i + 1) || IsFamilyName(i + 1));

    /// <summary>A small word that leads a clause before its verb or subject (كما، ثم، من جهته), alone or joined to و.</summary>
    public bool IsClauseLead(int i)
    {
        var w = Text.Folded(i).AsSpan();
        return Lexicon.ClauseLeads.Contains(w) || (w.Length > 3 && w[0] == 'و' && Lexicon.ClauseLeads.Contains(w[1..]));
    }

    /// <summary>فيما "while", where the narrator takes over; not فيما يتعلق "as regards", which goes on.</summary>
    public bool IsWhile(int i) =>
        Text.Folded(i) == "فيما" && (i + 1 >= Text.Count || !Lexicon.FimaKeepsGoingBefore.Contains(Text.Folded(i + 1)));

    /// <summary>أن، إن، بأنه; not the name آن, which folds like them.</summary>
    public bool IsComplementizer(int i) => Lexicon.Complementizers.Contains(Text.Folded(i)) && Text.Display(i)[0] != 'آ';

    /// <summary>A word no name is made of: vocabulary of titles, institutions, sources, pronouns, cues, digits.</summary>
    public bool IsVocabulary(int i)
    {
        var w = Text.Folded(i);
        return IsTitle(i) || IsInstitution(i) || IsStopper(i) || IsCue(i) || IsComplementizer(i)
            || Lexicon.Anonymous.Contains(w) || Lexicon.Groups.Contains(w) || Lexicon.GroupLeads.Contains(w)
            || Lexicon.Pronouns.Contains(w) || Lexicon.NonSpeakers.Contains(w) || Lexicon.ClauseLeads.Contains(w)
            || Lexicon.Documents.Contains(w) || w.Length == 0 || char.IsAsciiDigit(w[0]) || JoinedSmallWord(w)
            || OccasionWithPronoun(w) || Lexicon.AdverbsNotParticiples.Contains(w);
    }

    /// <summary>لشركة، بوزارة: a title or an institution behind a joined preposition.</summary>
    public bool IsVocabularyAfterPreposition(int i)
    {
        var w = Text.Folded(i).AsSpan(1);
        return Lexicon.Institutions.Contains(w) || Lexicon.Titles.Contains(w) || Lexicon.NameIntroducers.Contains(w);
    }

    /// <summary>السعودي، الأفغاني: an adjective of origin, before a name or after it; no family name.</summary>
    /// <summary>هامساً، مازحاً: a word without ال written with the tanween of the accusative, as a circumstance is and a name is not.</summary>
    public bool IsAdverbialAccusative(int k)
    {
        var display = Text.Display(k);
        return !IsDefinite(k) && (display.EndsWith("اً", StringComparison.Ordinal) || display.EndsWith("ًا", StringComparison.Ordinal));
    }

    /// <summary>عدد من، العديد من، بعض من، الكثير من: a number of the people (or things) the words after it name.</summary>
    public bool IsQuantityOf(int k) =>
        Text.Folded(k) is "عدد" or "العديد" or "بعض" or "الكثير" or "كثير" && k + 1 < Text.Count && Text.Folded(k + 1) is "من" && Text.BlankBefore(k + 1);

    /// <summary>The titles institutions are named by (مركز الملك سلمان، مستشفى الأمير محمد، جائزة الشيخ زايد).</summary>
    public bool IsRoyalTitle(int k) => Text.Folded(k) is "الملك" or "الامير" or "الشيخ" or "السلطان";

    /// <summary>منطقة، محافظة، إمارة، بمنطقة: a region of the state, whose name follows (a body's name may end with it).</summary>
    public bool IsRegion(int k) => Text.Folded(k) is "منطقه" or "محافظه" or "اماره" or "بمنطقه" or "بمحافظه";

    public bool IsNisba(int k) => IsDefinite(k) && Text.Display(k).EndsWith('ي') && Lexicon.NameShares.IsNeverAName(Text.Folded(k));

    /// <summary>الأمريكي، الألمانية: an adjective of origin in either gender, never a name (a body's name may end with it).</summary>
    public bool IsOrigin(int k) =>
        IsDefinite(k) && (Text.Display(k).EndsWith('ي') || Text.Display(k).EndsWith("ية", StringComparison.Ordinal))
        && Lexicon.NameShares.IsNeverAName(Text.Folded(k));

    /// <summary>واختتم المدرب حديثه بقوله: the occasion with a pronoun is the verb's object, after its subject.</summary>
    public bool IsOccasionWithPronoun(int i) => OccasionWithPronoun(Text.Folded(i));

    /// <summary>أعرب عن اعتقاده بأن: a belief with a pronoun (اعتقاده، قناعتها) is what the speaker voices.</summary>
    public bool IsBeliefWithPronoun(int i) => WithPronoun(Text.Folded(i), Lexicon.Beliefs);

    /// <summary>واختتم حديثه قائلا، ألقى كلمته: an occasion with a pronoun (حديثه، كلمته، خطبتها) is the object.</summary>
    private bool OccasionWithPronoun(string w) => WithPronoun(w, Lexicon.Occasions);

    /// <summary>A noun of the set with a pronoun suffix (ه، ها، هم).</summary>
    private static bool WithPronoun(string w, FoldedWords nouns)
    {
        var stem = w.EndsWith("ها", StringComparison.Ordinal) || w.EndsWith("هم", StringComparison.Ordinal) ? w[..^2]
            : w.EndsWith('ه') ? w[..^1] : null;
        if (stem is not { Length: > 2 })
        {
            return false;
        }
        // Before a pronoun ة is written ت: كلمته is كلمة + ه; a plural in ات stands for its singular (تغريداته).
        var noun = stem[^1] == 'ت' ? stem[..^1] + "ه" : stem;
        var singular = stem.EndsWith("ات", StringComparison.Ordinal) && stem.Length > 4 ? stem[..^2] + "ه" : null;
        return nouns.Contains(noun) || nouns.Contains(stem) || (singular is not null && nouns.Contains(singular));
    }

    /// <summary>فمن، وهذا، فهي: a small word with a joined و or ف.</summary>
    private bool JoinedSmallWord(string w) =>
        w.Length is > 1 and < 6 && w[0] is 'و' or 'ف'
        && (Lexicon.Stoppers.Contains(w.AsSpan(1)) || Lexicon.ClauseLeads.Contains(w.AsSpan(1)) || Lexicon.Pronouns.Contains(w.AsSpan(1)));

    /// <summary>The text's folded words, looked up as spans (a substring per word asked about was garbage for nothing).</summary>
    private HashSet<string>.AlternateLookup<ReadOnlySpan<char>>? words;

    /// <summary>
    /// لسوق in المدير التنفيذي لسوق عكاظ: the word without its first letter stands alone elsewhere in the text (سوق
    /// عكاظ), so that letter is a joined preposition, not the first letter of a name (لوكا كاتسيلي).
    /// </summary>
    public bool StandsAloneWithoutFirstLetter(int i)
    {
        if (words is null)
        {
            var set = new HashSet<string>(Text.Count, StringComparer.Ordinal);
            for (var k = 0; k < Text.Count; k++)
            {
                set.Add(Text.Folded(k));
            }
            words = set.GetAlternateLookup<ReadOnlySpan<char>>();
        }
        var w = Text.Folded(i);
        return w.Length > 3 && words.Value.Contains(w.AsSpan(1));
    }

    /// <summary>
    /// بول، لوكا، بيتر: a word that starts like a joined ب or ل but is no vocabulary with it, no word the text writes
    /// without that letter, and no definite word: it may be a foreign given name.
    /// </summary>
    public bool MayBeForeignGivenName(int i) =>
        HasJoinedPreposition(i) && !IsVocabularyAfterPreposition(i) && !IsDefinite(i) && !IsVocabulary(i)
        && !StandsAloneWithoutFirstLetter(i);

    /// <summary>
    /// بول كروغمان، بيتر هينشكليف: a word that may be a foreign given name, before a word without ال that can go on a
    /// name, with nothing but blanks between them.
    /// </summary>
    public bool StartsForeignName(int k) =>
        MayBeForeignGivenName(k) && !Text.PunctuationBefore(k + 1) && CanContinueName(k + 1) && !IsDefinite(k + 1) && !IsLink(k + 1);

    /// <summary>A word a subject ends before: a stopper (a time, a preposition), a complementizer, a verb of saying.</summary>
    public bool EndsSubject(int i) => IsStopper(i) || IsComplementizer(i) || IsCue(i);

    /// <summary>صلى الله عليه وسلم: the blessing written after the Prophet, or in his place right after a verb of saying.</summary>
    public bool IsProphetsBlessing(int i) =>
        Text.Folded(i) == "صلي" && i + 1 < Text.Count && Text.Folded(i + 1) == "الله" && Text.BlankBefore(i + 1);

    /// <summary>A word a person's name can start with: not vocabulary, not definite, no joined preposition.</summary>
    public bool CanStartName(int i) =>
        Text.Folded(i).Length > 1 && !IsDefinite(i) && !HasJoinedPreposition(i) && !IsVocabulary(i) && HasLetters(i)
        && !QuotedAfterNamingNoun(i);

    /// <summary>صحيفة "سبق"، قناة «تي»: a quoted word after a naming noun names the paper or channel, not a person.</summary>
    public bool QuotedAfterNamingNoun(int i)
    {
        if (i == 0 || Text.RunOf(i) < 0 || Text.RunOf(i - 1) == Text.RunOf(i))
        {
            return false;
        }
        var before = Text.Folded(i - 1).AsSpan();
        if (before.Length > 3 && before[0] is 'ل' or 'ب' or 'و')
        {
            before = before[1..];
        }
        return Lexicon.NameIntroducers.Contains(before) || Lexicon.Institutions.Contains(before);
    }

    /// <summary>A word a name can go on with (a family name with ال, a second given name).</summary>
    public bool CanContinueName(int i) => !IsVocabulary(i) && !HasJoinedPreposition(i) && HasLetters(i) || IsLink(i);

    private bool HasLetters(int i)
    {
        foreach (var c in Text.Display(i))
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The word as written, or without a joined و (وخطيب in إمام وخطيب المسجد; وزارة stays وزارة).</summary>
    private bool InTable(FoldedWords table, int i)
    {
        var w = Text.Folded(i).AsSpan();
        return table.Contains(w) || (w.Length > 3 && w[0] == 'و' && table.Contains(w[1..]));
    }
}
