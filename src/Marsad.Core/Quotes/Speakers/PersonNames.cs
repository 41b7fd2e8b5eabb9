namespace Marsad.Quotes.Speakers;

/// <summary>
/// Finds a person's name inside a speaker phrase, with no name list: the name starts at the first word that is
/// neither vocabulary (titles, institutions, small words) nor written with ال or a joined preposition, and goes on
/// while the words can belong to a name: بن/ابن/آل/أبو chains (فيصل بن مشعل بن سعود بن عبدالعزيز), عبد joined to its
/// next word (عبد الفتاح السيسي), family names with ال (تركي الحميدي الحربي). A word without ال after one with it
/// ends the name (مصطفى الكاظمي التزامه); so do four words without a link. With a link the name starts at the word
/// before the first link, which skips what a title left (مدير فنون أبها أحمد بن إبراهيم السروي).
/// </summary>
internal sealed class PersonNames(WordShapes shapes)
{
    private const int MaxUnlinkedWords = 4;

    /// <summary>The first name in the phrase, as word indices <c>[Start, End]</c>, or null.</summary>
    public (int Start, int End)? Find(NounPhrase phrase)
    {
        for (var start = phrase.First; start <= phrase.Last; start++)
        {
            if (shapes.CanStartName(start))
            {
                return Extend(start, phrase.Last);
            }
        }
        return null;
    }

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
                continue;
            }
            var mayContinue = shapes.CanContinueName(k) || (shapes.HasJoinedPreposition(k) && !shapes.IsDefinite(k) && !shapes.IsVocabulary(k));
            if (!mayContinue || (sawDefinite && !shapes.IsDefinite(k))
                || (firstLink < 0 && words >= MaxUnlinkedWords) || !JoinedPrepositionMayEnd(k, last))
            {
                break;
            }
            sawDefinite |= shapes.IsDefinite(k);
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
    /// A word starting with ب or ل goes on a name only as its last word (جيمس بيكر أن، خالد بحاح،، جو بايدن ورئيس
    /// الوزراء), never inside a phrase that continues (كاميرون لتلاميذ مدرسة: to a school's pupils).
    /// </summary>
    private bool JoinedPrepositionMayEnd(int k, int last)
    {
        var w = shapes.Text.Folded(k);
        if (w.Length < 3 || w[0] is not ('ب' or 'ل') || shapes.IsDefinite(k))
        {
            return true;
        }
        return k == last || HasPunctuationBefore(k + 1) || shapes.IsTitle(k + 1) || shapes.IsCue(k + 1) || shapes.IsStopper(k + 1);
    }

    private bool HasPunctuationBefore(int k)
    {
        if (k >= shapes.Text.Count)
        {
            return true;
        }
        foreach (var c in shapes.Text.GapBefore(k))
        {
            if (!char.IsWhiteSpace(c) && c is not ('\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u0640'))
            {
                return true;
            }
        }
        return false;
    }
}
