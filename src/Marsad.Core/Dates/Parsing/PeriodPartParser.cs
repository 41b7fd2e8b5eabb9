using Marsad.Dates.Expressions;
using Marsad.Dates.Lexicon;
using Marsad.Dates.Vocabulary;

namespace Marsad.Dates.Parsing;

/// <summary>
/// The start, middle or end of a period, in one mention with it: <c>منتصف عام 2014</c>, <c>أواخر العام الماضي</c>,
/// <c>اوائل شهر مارس الماضي</c>, <c>أواخر القرن التاسع عشر</c>, <c>نهاية 2021</c>, and the current year, month or
/// week when the period is bare (<c>نهاية العام</c>, <c>مطلع الشهر</c>).
/// </summary>
internal sealed class PeriodPartParser(DateVocabulary vocabulary, IDateParser periods) : IDateParser
{
    public bool TryParse(DateTokens tokens, int index, out DateMatch match)
    {
        match = default;
        if (!vocabulary.PeriodParts.TryMatch(tokens, index, out var part))
        {
            return false;
        }
        var at = index + part.WordCount;
        if (at >= tokens.Count || !tokens.FollowsBlank(at))
        {
            return false;
        }
        var start = WordContext.StartAfter(tokens, index, part.CliticLength);
        if (periods.TryParse(tokens, at, out var period) && period.Start == tokens.Start(at) && !period.Expression.NamesDay)
        {
            match = new DateMatch(index, period.EndWord, start, period.End, new PeriodPartExpression(part.Value, period.Expression));
            return true;
        }
        if (vocabulary.PeriodUnits.TryMatch(tokens, at, out var unit, allowClitic: false)
            && unit.Value is PeriodUnit.Week or PeriodUnit.Month or PeriodUnit.Year)
        {
            var end = at + unit.WordCount;
            match = new DateMatch(index, end, start, tokens.End(end - 1),
                new PeriodPartExpression(part.Value, new RelativePeriodExpression(unit.Value, 0)));
            return true;
        }
        return false;
    }
}
