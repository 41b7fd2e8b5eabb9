using Marsad.Dates.Expressions;
using Marsad.Dates.Lexicon;
using Marsad.Dates.Vocabulary;

namespace Marsad.Dates.Parsing;

/// <summary>
/// Reads what places a month in a year, right after its name: <c>2021</c>, <c>1436هـ</c>, <c>عام 2020</c>,
/// <c>من العام الماضي</c>, <c>من هذا العام</c>, <c>الماضي</c>, <c>الجاري</c>, and epithets such as <c>المبارك</c>
/// that confirm a month without placing it.
/// </summary>
internal static class MonthYearReader
{

    /// <param name="from">Where the month name (or its bracketed pair) ended: only blanks may come between.</param>
    public static bool TryRead(DateVocabulary vocabulary, DateTokens tokens, int index, int from, out YearReading year)
    {
        year = default;
        if (index >= tokens.Count || from > tokens.Start(index)
            || !DateTokens.IsBlank(tokens.Text.AsSpan(from, tokens.Start(index) - from)))
        {
            return false;
        }
        if (YearNumber.TryRead(tokens, index, 1000, 2999, out var number) && number.CliticLength == 0)
        {
            year = new YearReading(number.Value, number.Era, TimeRelation.Unstated, null, number.EndWord, number.End);
            return true;
        }
        if (vocabulary.Relations.TryMatch(tokens, index, out var relation, allowClitic: false))
        {
            var end = index + relation.WordCount;
            year = new YearReading(null, null, relation.Value, null, end, tokens.End(end - 1));
            return true;
        }
        if (ContextWords.MonthEpithets.Contains(tokens.Folded(index)))
        {
            year = new YearReading(null, null, TimeRelation.Unstated, null, index + 1, tokens.End(index));
            return true;
        }
        var at = tokens.Is(index, ArabicWords.Of) ? index + 1 : index;
        return TryReadYearPhrase(vocabulary, tokens, at, out year);
    }

    /// <summary><c>عام 2020</c>, <c>العام الماضي</c>, <c>هذا العام</c>, after an optional من.</summary>
    private static bool TryReadYearPhrase(DateVocabulary vocabulary, DateTokens tokens, int at, out YearReading year)
    {
        year = default;
        if (at >= tokens.Count || !tokens.FollowsBlank(at))
        {
            return false;
        }
        if (ContextWords.This.Contains(tokens.Folded(at)) && at + 1 < tokens.Count && tokens.FollowsBlank(at + 1)
            && ContextWords.YearNouns.Contains(tokens.Folded(at + 1)))
        {
            year = new YearReading(null, null, TimeRelation.Unstated, 0, at + 2, tokens.End(at + 1));
            return true;
        }
        if (!ContextWords.YearNouns.Contains(tokens.Folded(at)))
        {
            return false;
        }
        if (at + 1 < tokens.Count && tokens.FollowsBlank(at + 1)
            && YearNumber.TryRead(tokens, at + 1, 1000, 2999, out var number) && number.CliticLength == 0)
        {
            year = new YearReading(number.Value, number.Era, TimeRelation.Unstated, null, number.EndWord, number.End);
            return true;
        }
        if (vocabulary.Relations.TryMatch(tokens, at + 1, out var relation, allowClitic: false) && tokens.FollowsBlank(at + 1))
        {
            var end = at + 1 + relation.WordCount;
            var offset = relation.Value switch
            {
                TimeRelation.Past => -1,
                TimeRelation.Next => 1,
                _ => 0,
            };
            year = new YearReading(null, null, TimeRelation.Unstated, offset, end, tokens.End(end - 1));
            return true;
        }
        return false;
    }
}
