using Marsad.Dates.Expressions;
using Marsad.Dates.Lexicon;
using Marsad.Dates.Vocabulary;

namespace Marsad.Dates.Parsing;

/// <summary>
/// A numbered part of a period named after من: <c>النصف الثاني من القرن العشرين</c>, <c>الربع الأول من العام</c>,
/// <c>الأسبوع الأخير من يوليو</c>. As TimeML draws them, the part and the period are two mentions; the part has no
/// value of its own.
/// </summary>
internal sealed class PartOfPeriodParser(DateVocabulary vocabulary, IDateParser periods) : IDateParser
{
    private static readonly WordSet Parts = new("النصف", "الربع", "الثلث", "الأسبوع", "الشهر", "الأيام", "الساعات");
    private static readonly WordSet Last = new("الأخير", "الأخيرة");

    public bool TryParse(DateTokens tokens, int index, out DateMatch match)
    {
        match = default;
        if (index + 2 >= tokens.Count || !WordContext.InSet(tokens, index, Parts, out var conjunction)
            || !tokens.FollowsBlank(index + 1))
        {
            return false;
        }
        var end = index + 1;
        if (vocabulary.DayOrdinals.TryMatch(tokens, end, out var ordinal, allowClitic: false))
        {
            end += ordinal.WordCount;
        }
        else if (Last.Contains(tokens.Folded(end)))
        {
            end++;
        }
        else
        {
            return false;
        }
        if (!tokens.Is(end, ArabicWords.Of) || !tokens.FollowsBlank(end) || !tokens.FollowsBlank(end + 1)
            || !periods.TryParse(tokens, end + 1, out var period) || period.Start != tokens.Start(end + 1))
        {
            return false;
        }
        match = new DateMatch(index, end, WordContext.StartAfter(tokens, index, conjunction), tokens.End(end - 1),
            new VagueExpression(VagueTime.Anaphoric));
        return true;
    }
}
