using Marsad.Dates.Expressions;
using Marsad.Dates.Lexicon;
using Marsad.Dates.Vocabulary;

namespace Marsad.Dates.Parsing;

/// <summary>
/// Dates written with a month name, day first as Arabic news writes them: <c>26 يوليو/تموز 2021</c>,
/// <c>يوم 26 يوليو 2021</c>, <c>السابع من أبريل/نيسان الماضي</c>, <c>5 شوال 1436هـ</c>, <c>15 من الشهر الجاري</c>,
/// and months without a day (<c>يونيو/ حزيران من العام الماضي</c>, <c>شهر رمضان</c>, <c>في مارس</c>).
/// Two days joined by و share the month after them (<c>يومي 10 و11 أبريل</c>): each is its own mention.
/// </summary>
internal sealed class CalendarDateParser(DateVocabulary vocabulary) : IDateParser
{
    public bool TryParse(DateTokens tokens, int index, out DateMatch match)
    {
        match = default;
        WordContext.SkipDayNoun(tokens, index, out var at, out var clitic);
        if (DayReader.TryRead(vocabulary, tokens, at, out var day) && (at == index || day.CliticLength == 0))
        {
            return TryDayFirst(tokens, index, at == index ? day.CliticLength : clitic, day, out match);
        }
        return at == index && TryMonthFirst(tokens, index, out match);
    }

    private bool TryDayFirst(DateTokens tokens, int index, int clitic, DayReading day, out DateMatch match)
    {
        match = default;
        var start = WordContext.StartAfter(tokens, index, clitic);
        var next = day.EndWord;
        var afterOf = tokens.Is(next, ArabicWords.Of) && tokens.FollowsBlank(next) ? next + 1 : next;
        if (MonthAfterDay(tokens, afterOf, day.Day) is { } dated)
        {
            match = dated with { FirstWord = index, Start = start };
            return true;
        }
        if (afterOf != next && TryRelativeMonth(tokens, afterOf, out var monthOffset, out var endWord))
        {
            match = new DateMatch(index, endWord, start, tokens.End(endWord - 1),
                new DayOfRelativeMonthExpression(day.Day, monthOffset));
            return true;
        }
        return !day.IsWord && TryCoordinatedDay(tokens, index, start, day, out match);
    }

    /// <summary>A month name (perhaps after شهر) and what places it in a year, after a day; the match's start
    /// is the caller's to set.</summary>
    private DateMatch? MonthAfterDay(DateTokens tokens, int at, int day)
    {
        if (at >= tokens.Count || !tokens.FollowsBlank(at))
        {
            return null;
        }
        if (tokens.Is(at, ArabicWords.Month) && at + 1 < tokens.Count && tokens.FollowsBlank(at + 1))
        {
            at++;
        }
        if (!MonthNameReader.TryRead(vocabulary, tokens, at, out var month) || month.CliticLength > 0)
        {
            return null;
        }
        return MonthMatch(tokens, at, month, day);
    }

    /// <summary>The month read at <paramref name="at"/> with what places it in a year after it.</summary>
    private DateMatch MonthMatch(DateTokens tokens, int at, MonthReading month, int? day)
    {
        YearReading? year = MonthYearReader.TryRead(vocabulary, tokens, month.EndWord, month.End, out var read) ? read : null;
        return new DateMatch(at, year?.EndWord ?? month.EndWord, tokens.Start(at), year?.End ?? month.End,
            Build(month.Name, day, year));
    }

    /// <summary><c>الشهر الجاري</c>, <c>الشهر المقبل</c> after a day and من.</summary>
    private bool TryRelativeMonth(DateTokens tokens, int at, out int offset, out int endWord)
    {
        offset = endWord = 0;
        if (!vocabulary.PeriodUnits.TryMatch(tokens, at, out var unit, allowClitic: false) || unit.Value != PeriodUnit.Month
            || !tokens.FollowsBlank(at + 1) || !vocabulary.Relations.TryMatch(tokens, at + 1, out var relation, allowClitic: false))
        {
            return false;
        }
        offset = relation.Value switch
        {
            TimeRelation.Past => -1,
            TimeRelation.Next => 1,
            _ => 0,
        };
        endWord = at + 1 + relation.WordCount;
        return true;
    }

    /// <summary>The first of two days joined by و takes the month of the second (<c>10 و11 أبريل</c>).</summary>
    private bool TryCoordinatedDay(DateTokens tokens, int index, int start, DayReading day, out DateMatch match)
    {
        match = default;
        var next = day.EndWord;
        if (next >= tokens.Count || !tokens.FollowsBlank(next))
        {
            return false;
        }
        var second = tokens.Is(next, ArabicWords.And) ? next + 1 : next;
        if (second == next && !WordContext.StartsWithAndDigit(tokens, next))
        {
            return false;
        }
        if (second != next && !tokens.FollowsBlank(second))
        {
            return false;
        }
        if (TryParse(tokens, second, out var rest) && rest.FirstWord == second
            && DayOfMonth.With(rest.Expression, day.Day) is { } own)
        {
            match = new DateMatch(index, next, start, tokens.End(next - 1), own);
            return true;
        }
        return false;
    }

    private bool TryMonthFirst(DateTokens tokens, int index, out DateMatch match)
    {
        match = default;
        var at = index;
        var clitic = 0;
        var afterMonthNoun = false;
        if (WordContext.IsWordWithClitic(tokens, index, ArabicWords.Month, out var nounClitic) && tokens.FollowsBlank(index + 1))
        {
            (at, clitic, afterMonthNoun) = (index + 1, nounClitic, true);
        }
        if (!MonthNameReader.TryRead(vocabulary, tokens, at, out var month) || (afterMonthNoun && month.CliticLength > 0))
        {
            return false;
        }
        if (!afterMonthNoun)
        {
            clitic = month.CliticLength;
        }
        var dated = MonthMatch(tokens, at, month, null);
        // A year, a relation or an epithet after the name (it ends further than the name) anchors it.
        var anchored = month.Paired || afterMonthNoun || dated.End > month.End;
        var prepositioned = anchored || WordContext.PreviousIn(tokens, index, ContextWords.TemporalPrepositions)
            || (clitic > 0 && tokens.Folded(index)[clitic - 1] is '\u0628' or '\u0644');
        var accepted = month.Name.Needs switch
        {
            ContextNeeds.Nothing => true,
            ContextNeeds.Preposition => prepositioned,
            _ => anchored,
        };
        if (accepted)
        {
            match = dated with { FirstWord = index, Start = WordContext.StartAfter(tokens, index, clitic) };
        }
        return accepted;
    }

    private static CalendarDateExpression Build(MonthName month, int? day, YearReading? year)
    {
        var calendar = month.Calendar;
        var yearValue = year?.Year;
        if (calendar == DateCalendar.Hijri && yearValue is { } written && year?.Era != DateCalendar.Hijri && written >= 1900)
        {
            // رمضان 2021: the Ramadan that falls in 2021.
            yearValue = UmAlQura.TryYearOfMonthIn(written, month.Month, out var hijriYear) ? hijriYear : null;
        }
        return new CalendarDateExpression(calendar, yearValue, month.Month, day,
            year?.Relation ?? TimeRelation.Unstated, year?.YearOffset);
    }
}
