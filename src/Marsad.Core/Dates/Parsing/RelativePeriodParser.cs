using Marsad.Dates.Expressions;
using Marsad.Dates.Lexicon;
using Marsad.Dates.Vocabulary;

namespace Marsad.Dates.Parsing;

/// <summary>
/// A week, month, year, decade or century named from the day of writing: <c>الشهر الماضي</c>, <c>العام الجاري</c>,
/// <c>الأسبوع المقبل</c>, <c>هذا العام</c>, <c>هذه السنة</c>, <c>القرن الماضي</c>, <c>العقد الحالي</c>.
/// </summary>
internal sealed class RelativePeriodParser(DateVocabulary vocabulary) : IDateParser
{

    public bool TryParse(DateTokens tokens, int index, out DateMatch match)
    {
        match = default;
        if (index + 1 < tokens.Count && WordContext.InSet(tokens, index, ContextWords.This, out var conjunction) && tokens.FollowsBlank(index + 1)
            && vocabulary.PeriodUnits.TryMatch(tokens, index + 1, out var thisUnit, allowClitic: false)
            && thisUnit.Value is not (PeriodUnit.Decade or PeriodUnit.Century))
        {
            var thisEnd = index + 1 + thisUnit.WordCount;
            match = new DateMatch(index, thisEnd, WordContext.StartAfter(tokens, index, conjunction), tokens.End(thisEnd - 1),
                new RelativePeriodExpression(thisUnit.Value, 0));
            return true;
        }
        if (!vocabulary.PeriodUnits.TryMatch(tokens, index, out var unit))
        {
            return false;
        }
        var at = index + unit.WordCount;
        if (at >= tokens.Count || !tokens.FollowsBlank(at)
            || !vocabulary.Relations.TryMatch(tokens, at, out var relation, allowClitic: false))
        {
            return false;
        }
        var offset = relation.Value switch
        {
            TimeRelation.Past => -1,
            TimeRelation.Next => 1,
            _ => 0,
        };
        var end = at + relation.WordCount;
        match = new DateMatch(index, end, WordContext.StartAfter(tokens, index, unit.CliticLength), tokens.End(end - 1),
            new RelativePeriodExpression(unit.Value, offset));
        return true;
    }
}
