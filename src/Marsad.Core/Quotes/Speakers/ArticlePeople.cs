namespace Marsad.Quotes.Speakers;

/// <summary>
/// The people an article names, found before any quotation is read: every title followed by a name (رئيس الوزراء
/// العراقي مصطفى الكاظمي، الأمير فيصل بن مشعل) and every title set beside a name after a comma (جلوي بن عبدالعزيز،
/// أمير منطقة نجران). Cue subjects add more as they are read. A part of a name (الكاظمي، الأمير فيصل) is resolved
/// to the fullest name that contains it, a title (رئيس الحكومة العراقية) to the person the article gives it.
/// </summary>
internal sealed class ArticlePeople
{
    private const int MaxNameWords = 6;

    private readonly WordShapes shapes;
    private readonly NounPhraseReader phrases;
    private readonly PersonNames names;
    private readonly List<KnownPerson> people = [];
    private readonly Dictionary<int, KnownPerson> byLastWord = [];

    public ArticlePeople(WordShapes shapes, NounPhraseReader phrases, PersonNames names)
    {
        (this.shapes, this.phrases, this.names) = (shapes, phrases, names);
        ReadTitledNames();
    }

    /// <summary>Records a name found at words <c>[start, end]</c>, with the title words before it, and returns its person.</summary>
    public KnownPerson Record(int start, int end, IEnumerable<int> titleWords)
    {
        if (start == end && Named(start, end) is null && FullerMention(start) is { } fuller)
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
    /// mentioned last before <paramref name="position"/>, else the one with the fullest name.
    /// </summary>
    private KnownPerson? Latest(List<string> tokens, int position)
    {
        KnownPerson? latest = null, fullest = null;
        var latestAt = -1;
        foreach (var p in people)
        {
            if (!p.Contains(tokens))
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
        var candidates = people.Where(p => wanted.IsSubsetOf(p.TitleWords)).ToList();
        return candidates.Where(p => p.Mentions.Any(m => m < position)).MaxBy(p => p.Mentions.Where(m => m < position).Max())
            ?? candidates.MinBy(p => p.Mentions.Min());
    }

    /// <summary>The person mentioned last before <paramref name="position"/>, for a continuation with nobody before it.</summary>
    public KnownPerson? LastBefore(int position) =>
        people.Where(p => p.Mentions.Any(m => m < position)).MaxBy(p => p.Mentions.Where(m => m < position).Max());

    private void ReadTitledNames()
    {
        var text = shapes.Text;
        for (var i = 0; i < text.Count; i++)
        {
            if (!shapes.IsTitle(i) || (i > 0 && shapes.IsTitle(i - 1) && text.Sentence(i - 1) == text.Sentence(i) && Blank(i)))
            {
                continue;
            }
            if (phrases.ReadForward(i) is not { } phrase)
            {
                continue;
            }
            var name = names.Find(phrase);
            var titleEnd = name?.Start - 1 ?? phrase.Last;
            if (name is { } found && (found.End > found.Start || EndsPhrase(found.End)))
            {
                Record(found.Start, found.End, Enumerable.Range(i, found.Start - i));
            }
            else if (!Blank(i) && byLastWord.TryGetValue(i - 1, out var before))
            {
                // A title set after a name, beside it: «جلوي بن عبدالعزيز، أمير منطقة نجران».
                before.TitleWords.UnionWith(TitleKey.Words(Enumerable.Range(i, titleEnd - i + 1).Select(text.Folded)));
            }
            else if ((Blank(i) || CommaOnly(i)) && NameBefore(i) is { } named)
            {
                // أعلن خالد رامي وزير السياحة المصري، وأوضح راجح بادي، المتحدث باسم الحكومة اليمنية، أن: the subject's
                // name, then what the person is.
                Record(named.Start, named.End, Enumerable.Range(i, titleEnd - i + 1));
            }
        }
    }

    /// <summary>
    /// Two to four name words right before a title, opening their clause or right after a verb of saying that opens
    /// it (أعلن خالد رامي وزير، أشعل ضاحي خلفان تميم مدير): the person the title describes.
    /// </summary>
    private (int Start, int End)? NameBefore(int title)
    {
        var text = shapes.Text;
        var first = title - 1;
        while (first > 0 && title - first < 4 && Blank(first) && !text.StartsClause(first - 1) && shapes.CanStartName(first - 1))
        {
            first--;
        }
        if (first < 0 || first >= title - 1 || !shapes.CanStartName(first) || shapes.IsDefinite(first))
        {
            return null;
        }
        var opens = text.StartsClause(first) || (first > 0 && text.StartsClause(first - 1) && Blank(first));
        return opens ? (first, title - 1) : null;
    }

    /// <summary>
    /// A surname alone (وقال خلفان) whose first mention stands in a fuller name no title introduced (أشعل ضاحي
    /// خلفان تميم مدير عام شرطة دبي): that name, its words read back and forth from the mention. The first word of a
    /// sentence is left out: there Arabic news puts the verb.
    /// </summary>
    public bool HasFullerMention(int word) => FullerMention(word) is not null;

    private (int Start, int End)? FullerMention(int word)
    {
        var text = shapes.Text;
        // وأضاف العويضة after خالد بن إبراهيم عويضة: a family name is written with ال and without.
        var key = WordShapes.WithoutArticle(text.Folded(word));
        for (var i = 0; i < word; i++)
        {
            if (!string.Equals(WordShapes.WithoutArticle(text.Folded(i)), key, StringComparison.Ordinal))
            {
                continue;
            }
            var (first, last) = (i, i);
            while (first > 0 && Blank(first) && !text.StartsClause(first - 1) && shapes.CanStartName(first - 1) && i - first < 3)
            {
                first--;
            }
            if (shapes.IsLink(first) && first > 0 && Blank(first) && shapes.CanStartName(first - 1))
            {
                // خالد بن إبراهيم عويضة: a name does not start at بن.
                first--;
            }
            last = NameEnd(i);
            // A name is introduced with who the person is: a title, a comma, or a verb of saying after it, or a title
            // or an adjective of origin before it (الخريج السعودي نواف بن خالد السبهان).
            var introduced = (last + 1 < text.Count && (shapes.IsTitle(last + 1) || shapes.IsCue(last + 1) || !Blank(last + 1)))
                || (first > 0 && Blank(first) && (shapes.IsTitle(first - 1) || shapes.IsNisba(first - 1)));
            return last > first && introduced ? (first, last) : null;
        }
        return null;
    }

    /// <summary>
    /// Where a name that goes on from word <paramref name="i"/> ends: up to two more words without ال, or a chain of
    /// بن links, then at most one family name with ال (نواف بن خالد السبهان).
    /// </summary>
    private int NameEnd(int i)
    {
        var text = shapes.Text;
        var last = i;
        while (last + 1 < text.Count && Blank(last + 1) && last - i < MaxNameWords)
        {
            var next = last + 1;
            if (shapes.IsLink(next) && next + 1 < text.Count && Blank(next + 1) && shapes.CanContinueName(next + 1) && !shapes.IsDefinite(next + 1))
            {
                last = next + 1;
            }
            else if (shapes.CanContinueName(next) && !shapes.IsDefinite(next) && last - i < 2)
            {
                last = next;
            }
            else
            {
                return shapes.IsDefinite(next) && shapes.CanContinueName(next) && !shapes.IsNisba(next) && last > i ? next : last;
            }
        }
        return last;
    }

    /// <summary>A one-word name counts only where its phrase stops (الملك فهد، not رئيس الوزراء تشكيل لجنة).</summary>
    private bool EndsPhrase(int end) =>
        end + 1 >= shapes.Text.Count || !Blank(end + 1) || shapes.IsStopper(end + 1) || shapes.IsComplementizer(end + 1)
        || shapes.IsCue(end + 1) || shapes.IsTitle(end + 1) || shapes.Text.Sentence(end + 1) != shapes.Text.Sentence(end);

    private bool CommaOnly(int i) => shapes.Text.GapBefore(i).Trim() is [',' or '\u060C'];

    private bool Blank(int i)
    {
        foreach (var c in shapes.Text.GapBefore(i))
        {
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }
        return true;
    }

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
