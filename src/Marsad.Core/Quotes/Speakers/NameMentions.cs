namespace Marsad.Quotes.Speakers;

/// <summary>
/// Where the names around a mention are (<see cref="ArticlePeople"/> records them): the name right before a title that
/// describes its person, the fuller name a surname's first mention stands in, and whether a one-word name ends its phrase.
/// </summary>
internal sealed class NameMentions(WordShapes shapes)
{
    private const int MaxNameWords = 6;

    /// <summary>
    /// Two to four name words right before a title, opening their clause or right after a verb of saying that opens
    /// it (أعلن خالد رامي وزير، أشعل ضاحي خلفان تميم مدير): the person the title describes.
    /// </summary>
    public (int Start, int End)? NameBefore(int title)
    {
        var text = shapes.Text;
        if (title > 0 && text.Folded(title - 1) is "وهو" or "وهي")
        {
            // وقالت آن لينينجر وهي عضو ديمقراطي: the name stands before the pronoun.
            title--;
        }
        var first = title - 1;
        while (first > 0 && title - first < 4 && shapes.Text.BlankBefore(first) && !text.StartsClause(first - 1) && (CanStart(first - 1) || IsAfterAbd(first - 1)))
        {
            first--;
        }
        if (first > 0 && text.Folded(first) is "بن" or "ابن" or "بنت" && shapes.Text.BlankBefore(first) && CanStart(first - 1))
        {
            // فيصل بن سحمي العتيبي مدير النشاط: no name starts with بن, so the word before it is the given name, even
            // where it opens the sentence (where a verb usually stands) or makes the name longer than three words.
            first--;
        }
        // وأكد مسرحي أن الفريق قادر: the word right before the title is the name's last, and never a small word (أن).
        if (first < 0 || first >= title - 1 || !CanStart(first) || shapes.IsDefinite(first) || shapes.IsVocabulary(title - 1))
        {
            return null;
        }
        var opens = text.StartsClause(first) || (first > 0 && text.StartsClause(first - 1) && shapes.Text.BlankBefore(first));
        return opens ? (first, title - 1) : null;
    }

    /// <summary>الرحيم in عبد الرحيم مصطفى: a word with ال that عبد, written apart, joins into one given name.</summary>
    private bool IsAfterAbd(int k) =>
        k > 0 && shapes.IsDefinite(k) && shapes.Text.BlankBefore(k) && shapes.Text.Folded(k - 1) == "عبد" && !shapes.IsVocabulary(k);

    /// <summary>
    /// A word a name can start with, or a foreign given name that starts like a joined preposition and is no word
    /// without it (وصرح بيتر ساذرلاند مبعوث الأمين العام).
    /// </summary>
    private bool CanStart(int k) => shapes.CanStartName(k) || shapes.MayBeForeignGivenName(k);

    /// <summary>
    /// A surname alone (وقال خلفان) whose first mention stands in a fuller name no title introduced (أشعل ضاحي
    /// خلفان تميم مدير عام شرطة دبي): that name, its words read back and forth from the mention. The first word of a
    /// sentence is left out: there Arabic news puts the verb.
    /// </summary>
    public (int Start, int End)? FullerMention(int word)
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
            while (first > 0 && shapes.Text.BlankBefore(first) && !text.StartsClause(first - 1) && shapes.CanStartName(first - 1) && i - first < 3)
            {
                first--;
            }
            if (shapes.IsLink(first) && first > 0 && shapes.Text.BlankBefore(first) && shapes.CanStartName(first - 1))
            {
                // خالد بن إبراهيم عويضة: a name does not start at بن.
                first--;
            }
            last = NameEnd(i);
            // A name is introduced with who the person is: a title, a comma, or a verb of saying after it, or a title
            // or an adjective of origin before it (الخريج السعودي نواف بن خالد السبهان).
            var introduced = (last + 1 < text.Count && (shapes.IsTitle(last + 1) || shapes.IsCue(last + 1) || !shapes.Text.BlankBefore(last + 1)))
                || (first > 0 && shapes.Text.BlankBefore(first) && (shapes.IsTitle(first - 1) || shapes.IsNisba(first - 1)));
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
        while (last + 1 < text.Count && shapes.Text.BlankBefore(last + 1) && last - i < MaxNameWords)
        {
            var next = last + 1;
            if (shapes.IsLink(next) && next + 1 < text.Count && shapes.Text.BlankBefore(next + 1) && shapes.CanContinueName(next + 1) && !shapes.IsDefinite(next + 1))
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
    public bool EndsPhrase(int end) =>
        end + 1 >= shapes.Text.Count || !shapes.Text.BlankBefore(end + 1) || shapes.IsStopper(end + 1) || shapes.IsComplementizer(end + 1)
        || shapes.IsCue(end + 1) || shapes.IsTitle(end + 1) || shapes.Text.Sentence(end + 1) != shapes.Text.Sentence(end);
}
