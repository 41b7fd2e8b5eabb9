using Marsad.Dates.Expressions;
using Marsad.Dates.Lexicon;
using Marsad.Dates.Vocabulary;

namespace Marsad.Dates.Parsing;

/// <summary>
/// Weekdays: with the date that follows them (<c>الأحد 25 يوليو 2021</c>, <c>الثلاثاء 27-7-2021</c>: one mention,
/// the date's value), with a relation (<c>الخميس الماضي</c>, <c>يوم الأربعاء المقبل</c>), or bare: the latest such
/// day on or before the reference, or on or after it when a future verb comes before (<c>يعقد الإثنين</c>).
/// Not a day: <c>كل جمعة</c>, <c>صلاة الجمعة</c>, <c>بين الاثنين</c> ("between the two"), <c>الأحد عشر</c> (eleven).
/// </summary>
internal sealed class WeekdayParser(DateVocabulary vocabulary, IDateParser datesWithDay) : IDateParser
{
    public bool TryParse(DateTokens tokens, int index, out DateMatch match)
    {
        match = default;
        WordContext.SkipDayNoun(tokens, index, out var at, out var clitic);
        if (!vocabulary.Weekdays.TryMatch(tokens, at, out var weekday, allowClitic: at == index)
            || WordContext.PreviousIn(tokens, index, ContextWords.NotBeforeWeekday))
        {
            return false;
        }
        if (at == index)
        {
            clitic = weekday.CliticLength;
        }
        var end = at + weekday.WordCount;
        if (WordContext.IsWord(tokens, end, ArabicWords.Ten) || WordContext.IsWord(tokens, end, ArabicWords.TenFeminine))
        {
            return false;
        }
        var start = WordContext.StartAfter(tokens, index, clitic);
        if (TryDateAfter(tokens, end, out var date))
        {
            match = new DateMatch(index, date.EndWord, start, date.End, date.Expression);
            return true;
        }
        var search = WordContext.LooksFuture(tokens, index) ? WeekdaySearch.OnOrAfter : WeekdaySearch.OnOrBefore;
        if (end < tokens.Count && tokens.FollowsBlank(end)
            && vocabulary.Relations.TryMatch(tokens, end, out var relation, allowClitic: false))
        {
            search = relation.Value switch
            {
                TimeRelation.Past => WeekdaySearch.Before,
                TimeRelation.Next => WeekdaySearch.After,
                _ => search,
            };
            end += relation.WordCount;
        }
        match = new DateMatch(index, end, start, tokens.End(end - 1), new WeekdayExpression(weekday.Value, search));
        return true;
    }

    /// <summary>A full date right after the weekday, after blanks or a comma or dash.</summary>
    private bool TryDateAfter(DateTokens tokens, int end, out DateMatch date)
    {
        date = default;
        return tokens.FollowsLoosely(end) && datesWithDay.TryParse(tokens, end, out date) && date.Start == tokens.Start(end)
            && date.Expression.NamesDay;
    }
}
