using Marsad.Quotes.Reading;

namespace Marsad.Quotes.Speakers;

/// <summary>
/// The people an article names, found before any quotation is read: every title followed by a name (رئيس الوزراء
/// العراقي مصطفى الكاظمي، الأمير فيصل بن مشعل) and every title set beside a name after a comma (جلوي بن عبدالعزيز،
/// أمير منطقة نجران). Cue subjects add more as they are read. A part of a name (الكاظمي، الأمير فيصل) is resolved
/// to the fullest name that contains it, a title (رئيس الحكومة العراقية) to the person the article gives it.
/// </summary>
internal sealed class ArticlePeople
{
    private readonly WordShapes shapes;
    private readonly NounPhraseReader phrases;
    private readonly PersonNames names;
    private readonly NameMentions mentions;
    private readonly List<KnownPerson> people = [];
    private readonly Dictionary<int, KnownPerson> byLastWord = [];

    public ArticlePeople(WordShapes shapes, NounPhraseReader phrases, PersonNames names, EntitySpans entities)
    {
        (this.shapes, this.phrases, this.names) = (shapes, phrases, names);
        mentions = new NameMentions(shapes);
        ReadTitledNames();
        ReadTaggedNames(entities);
    }

    /// <summary>
    /// وصل إلى عدن أمس خالد محفوظ بحاح ... صرح بحاح: the tagger's persons of two words or more, so that a surname
    /// finds its full name; they count as mentioned only where they speak.
    /// </summary>
    private void ReadTaggedNames(EntitySpans entities)
    {
        for (var k = 0; k < shapes.Text.Count; k++)
        {
            var end = entities.PersonEnd(k);
            if (end <= k || (k > 0 && entities.PersonEnd(k - 1) == end))
            {
                continue;
            }
            AddTaggedName(GivenNameBeforeLink(k), end);
            k = end;
        }
    }

    /// <summary>
    /// نورة بنت عبدالله الحزيمي, where the tagger found only عبدالله الحزيمي: the name starts at the given name before
    /// بن or بنت, whose father the tagged words are, so that وأشارت الحزيمي is her and not him.
    /// </summary>
    private int GivenNameBeforeLink(int start)
    {
        var text = shapes.Text;
        return start > 1 && text.Folded(start - 1) is "بن" or "بنت" or "ابن" && text.BlankBefore(start - 1) && text.BlankBefore(start)
            && shapes.CanStartName(start - 2) ? start - 2 : start;
    }

    /// <summary>
    /// A method of its own so that the lambdas' captured words are allocated per name, not per word of the loop above
    /// (a closure for every word of every article was a fortieth of an enriched ingest's garbage).
    /// </summary>
    private void AddTaggedName(int start, int end)
    {
        var tokens = Tokens(start, end);
        if (!people.Any(p => p.Contains(tokens)) && !people.Any(p => Covers(tokens, p)))
        {
            people.Add(new KnownPerson(shapes.Text.Text[shapes.Text.Start(start)..shapes.Text.End(end)], start, end, tokens));
        }
    }

    /// <summary>Records a name found at words <c>[start, end]</c>, with the title words before it, and returns its person.</summary>
    /// <summary>Goes up whenever a person is recorded, so that what was looked up among the people can be kept until then.</summary>
    public int Version { get; private set; }

    public KnownPerson Record(int start, int end, IEnumerable<int> titleWords)
    {
        Version++;
        if (start == end && Named(start, end) is null && mentions.FullerMention(start) is { } fuller)
        {
            (start, end) = fuller;
        }
        var tokens = Tokens(start, end);
        var display = shapes.Text.Text[shapes.Text.Start(start)..shapes.Text.End(end)];
        var person = Latest(tokens, shapes.Text.Start(start)) ?? people.FirstOrDefault(p => Covers(tokens, p));
        if (person is null)
        {
            person = new KnownPerson(display, start, end, tokens);
            people.Add(person);
        }
        person.Prefer(display, start, end, tokens);
        person.TitleWords.UnionWith(TitleKey.Words(titleWords.Select(shapes.Text.Folded)));
        person.Mentions.Add(shapes.Text.Start(start));
        byLastWord[end] = person;
        return person;
    }

    /// <summary>
    /// ومضى الفيصل قائلا: of the people whose names hold these words (خالد الفيصل، الفيصل بن عبدالعزيز), the one
    /// mentioned last before <paramref name="position"/>, else the one with the fullest name. One who holds the words
    /// only as a forefather's name yields to one who holds them as his own.
    /// </summary>
    private KnownPerson? Latest(List<string> tokens, int position)
    {
        KnownPerson? latest = null, fullest = null;
        var latestAt = -1;
        var ownNameHeld = people.Any(p => p.Contains(tokens) && !p.HoldsOnlyAfterLink(tokens));
        foreach (var p in people)
        {
            if (!p.Contains(tokens) || (ownNameHeld && p.HoldsOnlyAfterLink(tokens)))
            {
                continue;
            }
            fullest = fullest is null || p.Tokens.Count > fullest.Tokens.Count ? p : fullest;
            foreach (var m in p.Mentions)
            {
                if (m < position && m > latestAt)
                {
                    (latest, latestAt) = (p, m);
                }
            }
        }
        return latest ?? fullest;
    }

    /// <summary>The person whose name holds the words <c>[start, end]</c> (a surname, a first name), if the article names one.</summary>
    public KnownPerson? Named(int start, int end)
    {
        var tokens = Tokens(start, end);
        return people.Where(p => p.Contains(tokens)).OrderByDescending(p => p.Tokens.Count).FirstOrDefault();
    }

    /// <summary>The person the article gives a title to: the last mentioned before <paramref name="position"/>, else the first after.</summary>
    public KnownPerson? Titled(IEnumerable<string> foldedTitleWords, int position)
    {
        var wanted = TitleKey.Words(foldedTitleWords).ToHashSet(StringComparer.Ordinal);
        if (wanted.Count == 0)
        {
            return null;
        }
        var candidates = people.Where(p => wanted.All(w => p.TitleWords.Contains(w) || IsPlaceOfAdjective(w, p.TitleWords) || WithJoinedIn(w, p.TitleWords))).ToList();
        return candidates.Where(p => p.Mentions.Any(m => m < position)).MaxBy(p => p.Mentions.Where(m => m < position).Max())
            ?? candidates.MinBy(p => p.Mentions.Min())
            ?? WithoutOrigin(wanted)
            ?? SameBody(foldedTitleWords)
            ?? WithShorterTitle(wanted)
            ?? OfficialOfOrigin(foldedTitleWords);
    }

    private static readonly string Official = TitleKey.Words([FoldedForms.Of("المسؤول")]).Single();

    /// <summary>
    /// المسؤول اليمني after وزير الإدارة المحلية في الحكومة اليمنية فلان: "the official" and an adjective of origin
    /// point back at the one person whose title holds that origin.
    /// </summary>
    private KnownPerson? OfficialOfOrigin(IEnumerable<string> foldedTitleWords)
    {
        var words = TitleKey.Words(foldedTitleWords).ToList();
        // يمني and مصري are origins too: four letters are enough here, after المسؤول.
        if (words.Count < 2 || words[0] != Official || !HasOriginShape(words[^1], shortest: 4))
        {
            return null;
        }
        return OnlyOne(p => p.TitleWords.Contains(words[^1]));
    }

    /// <summary>
    /// رئيس اتحاد الكاريبي لكرة القدم after جوردون ديريك رئيس اتحاد الكاريبي: a title that goes on past the one a
    /// single person holds (two words or more, all in it).
    /// </summary>
    private KnownPerson? WithShorterTitle(HashSet<string> wanted) =>
        OnlyOne(p => p.TitleWords.Count >= 2 && p.TitleWords.All(wanted.Contains));

    /// <summary>The one person the article names who holds it, or null when none or several do.</summary>
    private KnownPerson? OnlyOne(Func<KnownPerson, bool> holds)
    {
        var holders = people.Where(holds).Take(2).ToList();
        return holders.Count == 1 ? holders[0] : null;
    }

    /// <summary>
    /// رئيس الحكومة البريطانية after رئيس الحكومة ديفيد كاميرون: a title ending in an adjective of origin the person's
    /// title left out, when only one person holds the rest of it.
    /// </summary>
    private KnownPerson? WithoutOrigin(HashSet<string> wanted)
    {
        var origin = wanted.Where(IsOriginLike).ToList();
        if (origin.Count != 1 || wanted.Count < 3)
        {
            return null;
        }
        return OnlyOne(p => wanted.All(w => w == origin[0] || p.TitleWords.Contains(w)) && !p.TitleWords.Any(t => t != origin[0] && IsOriginLike(t)));
    }

    /// <summary>A title word shaped like an adjective of origin (بريطاني، امريكي).</summary>
    private static bool IsOriginLike(string word) => HasOriginShape(word, shortest: 5);

    private static bool HasOriginShape(string word, int shortest) => word.Length >= shortest && word[^1] == 'ي';

    /// <summary>
    /// النائب في البرلمان الإيراني after رئيس اللجنة الاقتصادية في البرلمان الإيراني أحمد توكلي: a title no one holds
    /// whose office is another, in the body only one person's title names (two words or more, no office among them).
    /// </summary>
    private KnownPerson? SameBody(IEnumerable<string> foldedTitleWords)
    {
        var body = TitleKey.Words(foldedTitleWords.Skip(1)).ToList();
        if (body.Count < 2 || body.Any(w => shapes.Lexicon.Titles.Contains(w) || shapes.Lexicon.Titles.Contains("ال" + w)))
        {
            return null;
        }
        return OnlyOne(p => body.All(p.TitleWords.Contains));
    }

    /// <summary>
    /// وزير الداخلية البحريني after وزير الداخلية بمملكة البحرين: an adjective of origin names the place another title
    /// of the same person gives.
    /// </summary>
    private static bool IsPlaceOfAdjective(string word, HashSet<string> titleWords) =>
        word.Length > 3 && word[^1] == 'ي' && titleWords.Contains(word[..^1]);

    /// <summary>
    /// مدير التخطيط بتعليم الرياض after مدير التخطيط في تعليم الرياض سعود العبداللطيف: a joined ب "in" says what في
    /// said (في is no word of a title's key).
    /// </summary>
    private static bool WithJoinedIn(string word, HashSet<string> titleWords) =>
        word.Length > 4 && word[0] == 'ب' && titleWords.Contains(word[1..]);

    /// <summary>
    /// The people mentioned before <paramref name="position"/>, with their latest mention there, latest first (both
    /// character offsets in the text, as <see cref="KnownPerson.Mentions"/> are).
    /// </summary>
    public IEnumerable<(KnownPerson Person, int Mention)> MentionedBefore(int position) =>
        people.Select(p => (Person: p, Mention: p.Mentions.Where(m => m < position).DefaultIfEmpty(-1).Max()))
            .Where(p => p.Mention >= 0).OrderByDescending(p => p.Mention);

    /// <summary>The person mentioned last before <paramref name="position"/>, for a continuation with nobody before it.</summary>
    public KnownPerson? LastBefore(int position) => MentionedBefore(position).Select(p => p.Person).FirstOrDefault();

    private void ReadTitledNames()
    {
        var text = shapes.Text;
        for (var i = 0; i < text.Count; i++)
        {
            var title = shapes.IsTitle(i) || shapes.IsTitleAfterPreposition(i);
            if (!title || (i > 0 && shapes.IsTitle(i - 1) && text.Sentence(i - 1) == text.Sentence(i) && shapes.Text.BlankBefore(i)))
            {
                continue;
            }
            if (phrases.ReadForward(i) is not { } phrase)
            {
                continue;
            }
            var name = names.Find(phrase);
            var titleEnd = name?.Start - 1 ?? phrase.Last;
            if (name is { } found && (found.End > found.Start || mentions.EndsPhrase(found.End)))
            {
                Record(found.Start, found.End, Enumerable.Range(i, found.Start - i));
            }
            else if (byLastWord.TryGetValue(i - 1, out var before) && (!shapes.Text.BlankBefore(i) || shapes.Text.Sentence(i - 1) == shapes.Text.Sentence(i)))
            {
                // A title set after a name, beside it: «جلوي بن عبدالعزيز، أمير منطقة نجران», «الشيخ راشد بن عبدالله آل
                // خليفة وزير الداخلية بمملكة البحرين».
                before.TitleWords.UnionWith(TitleKey.Words(Enumerable.Range(i, titleEnd - i + 1).Select(text.Folded)));
            }
            else if ((shapes.Text.BlankBefore(i) || shapes.Text.CommaOnlyBefore(i)) && mentions.NameBefore(i) is { } named)
            {
                // أعلن خالد رامي وزير السياحة المصري، وأوضح راجح بادي، المتحدث باسم الحكومة اليمنية، أن: the subject's
                // name, then what the person is.
                Record(named.Start, named.End, Enumerable.Range(i, titleEnd - i + 1));
            }
        }
    }

    /// <summary>The word's first mention stands in a fuller name (<see cref="NameMentions.FullerMention"/>).</summary>
    public bool HasFullerMention(int word) => mentions.FullerMention(word) is not null;

    /// <summary>The name's folded words, عبد and أبو joined to the word after them (عبد العزيز = عبدالعزيز).</summary>
    private List<string> Tokens(int start, int end)
    {
        var tokens = new List<string>();
        for (var k = start; k <= end; k++)
        {
            var w = shapes.Text.Folded(k);
            w = w == "ابن" ? "بن" : w;
            // محمد الخالد and محمد خالد الحمد الصباح: ال is not part of what makes two mentions one name.
            w = WordShapes.WithoutArticle(w);
            if (w is "عبد" or "ابو" && k < end)
            {
                w += shapes.Text.Folded(++k);
            }
            tokens.Add(w);
        }
        return tokens;
    }

    private static bool Covers(List<string> tokens, KnownPerson person)
    {
        var fuller = new KnownPerson("", 0, 0, tokens);
        return fuller.Contains(person.Tokens.ToList());
    }
}
