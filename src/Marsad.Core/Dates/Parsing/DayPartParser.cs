using Marsad.Dates.Expressions;
using Marsad.Dates.Lexicon;
using Marsad.Dates.Vocabulary;

namespace Marsad.Dates.Parsing;

/// <summary>
/// A part of a day named before the day: <c>مساء الأحد</c>, <c>صباح اليوم</c>, <c>مساء أمس</c>, <c>فجر السبت</c>,
/// <c>مساء غد</c>. TimeML calls these TIME; the value is the day (ISO has no "evening").
/// </summary>
internal sealed class DayPartParser(DateVocabulary vocabulary, IDateParser days) : IDateParser
{
    public bool TryParse(DateTokens tokens, int index, out DateMatch match)
    {
        match = default;
        if (!vocabulary.DayPartsBeforeDay.TryMatch(tokens, index, out var part))
        {
            return false;
        }
        var at = index + part.WordCount;
        if (at >= tokens.Count || !tokens.FollowsBlank(at))
        {
            return false;
        }
        var start = WordContext.StartAfter(tokens, index, part.CliticLength);
        if (days.TryParse(tokens, at, out var day) && day.Start == tokens.Start(at) && day.Expression.NamesDay)
        {
            match = new DateMatch(index, day.EndWord, start, day.End, new DateTimeExpression(day.Expression, null, part.Value));
            return true;
        }
        if (tokens.Is(at, ArabicWords.Tomorrow) || tokens.Is(at, ArabicWords.TheTomorrow))
        {
            match = new DateMatch(index, at + 1, start, tokens.End(at),
                new DateTimeExpression(new RelativeDayExpression(1), null, part.Value));
            return true;
        }
        return false;
    }
}
