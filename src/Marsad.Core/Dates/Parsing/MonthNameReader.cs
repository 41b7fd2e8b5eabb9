using Marsad.Dates.Lexicon;
using Marsad.Dates.Vocabulary;

namespace Marsad.Dates.Parsing;

/// <summary>
/// Reads a month name and the second name news often pairs with it: <c>يوليو/تموز</c>, <c>يونيو/ حزيران</c>,
/// <c>مارس - آذار</c>, <c>تموز (يوليو)</c>. The pair must name the same month of the same calendar.
/// </summary>
internal static class MonthNameReader
{
    private const char Madda = '\u0622';

    public static bool TryRead(DateVocabulary vocabulary, DateTokens tokens, int index, out MonthReading month)
    {
        month = default;
        if (!vocabulary.Months.TryMatch(tokens, index, out var first))
        {
            return false;
        }
        var name = WithMaddaRule(first.Value, tokens, index);
        var end = index + first.WordCount;
        month = new MonthReading(name, end, tokens.End(end - 1), first.CliticLength, Paired: false);
        if (end < tokens.Count && (tokens.FollowsSeparator(end, '/') || tokens.FollowsSeparator(end, '-'))
            && vocabulary.Months.TryMatch(tokens, end, out var slashed, allowClitic: false) && SameMonth(slashed.Value, name))
        {
            var pairEnd = end + slashed.WordCount;
            month = month with { EndWord = pairEnd, End = tokens.End(pairEnd - 1), Paired = true };
        }
        else if (end < tokens.Count && tokens.FollowsSeparator(end, '(')
            && vocabulary.Months.TryMatch(tokens, end, out var bracketed, allowClitic: false) && SameMonth(bracketed.Value, name)
            && ClosingBracketAfter(tokens, end + bracketed.WordCount - 1) is var close and >= 0)
        {
            month = month with { EndWord = end + bracketed.WordCount, End = close + 1, Paired = true };
        }
        return true;
    }

    /// <summary>آب with its madda is August; أب and اب are "father" (and the Yemeni city Ibb) unless a day,
    /// a year or a relation says otherwise. Folding has merged them, so the display form decides.</summary>
    private static MonthName WithMaddaRule(MonthName name, DateTokens tokens, int index)
    {
        var display = tokens.Display(index);
        return name.Month == 8 && name.Needs == ContextNeeds.Anchor && display.IndexOf(Madda) >= 0
            ? name with { Needs = ContextNeeds.Preposition }
            : name;
    }

    private static bool SameMonth(MonthName a, MonthName b) => a.Calendar == b.Calendar && a.Month == b.Month;

    private static int ClosingBracketAfter(DateTokens tokens, int lastWord)
    {
        var from = tokens.End(lastWord);
        var text = tokens.Text;
        var i = from;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
        return i < text.Length && text[i] == ')' ? i : -1;
    }
}
