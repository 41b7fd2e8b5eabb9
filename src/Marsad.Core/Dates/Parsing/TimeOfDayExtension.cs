using Marsad.Dates.Expressions;
using Marsad.Dates.Lexicon;
using Marsad.Dates.Vocabulary;

namespace Marsad.Dates.Parsing;

/// <summary>
/// Joins a day and the time of day written right after it into one mention: <c>الأحد 25 يوليو 2021 11:02 ص</c>,
/// <c>الأحد الساعة العاشرة</c>, <c>الأحد مساء</c>. Runs after the grammar, on the expression it chose.
/// </summary>
internal sealed class TimeOfDayExtension(DateVocabulary vocabulary, IDateParser clock)
{
    public DateMatch Extend(DateTokens tokens, DateMatch day)
    {
        var end = day.EndWord;
        if (!day.Expression.NamesDay || !tokens.FollowsLoosely(end))
        {
            return day;
        }
        var part = (day.Expression as DateTimeExpression)?.Part;
        var date = (day.Expression as DateTimeExpression)?.Date ?? day.Expression;
        if (clock.TryParse(tokens, end, out var time) && time.Start == tokens.Start(end)
            && time.Expression is ClockTimeExpression clockTime)
        {
            return day with { EndWord = time.EndWord, End = time.End, Expression = new DateTimeExpression(date, clockTime, part) };
        }
        if (part is null && tokens.FollowsBlank(end)
            && vocabulary.DayPartsAfterDay.TryMatch(tokens, end, out var adverb, allowClitic: false))
        {
            var adverbEnd = end + adverb.WordCount;
            return day with
            {
                EndWord = adverbEnd,
                End = tokens.End(adverbEnd - 1),
                Expression = new DateTimeExpression(date, null, adverb.Value),
            };
        }
        return day;
    }
}
