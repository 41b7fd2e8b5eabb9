using Marsad.Dates.Expressions;
using Marsad.Dates.Lexicon;
using Marsad.Dates.Vocabulary;

namespace Marsad.Dates.Parsing;

/// <summary>
/// Years on their own. A bare number is a year only when its context says so: a noun for "year" (<c>عام 2014</c>,
/// <c>العام 1887</c>, kept in the mention), an era letter (<c>2002م</c>, <c>1436هـ</c>), a temporal preposition
/// (<c>في 2008</c>, <c>منذ 2003</c>, <c>بحلول نهاية 2021</c>), brackets around it alone (<c>(1949)</c>), a span of
/// years (<c>من 2015 إلى 2019</c>), or another year it is joined to (<c>عامي 2002 و2003</c>: two mentions).
/// </summary>
internal sealed class YearParser : IDateParser
{

    public bool TryParse(DateTokens tokens, int index, out DateMatch match)
    {
        match = default;
        if (WordContext.IsWordWithClitic(tokens, index, ArabicWords.Year, out var clitic)
            || WordContext.IsWordWithClitic(tokens, index, ArabicWords.TheYear, out clitic)
            || WordContext.IsWordWithClitic(tokens, index, ArabicWords.Sana, out clitic)
            || WordContext.IsWordWithClitic(tokens, index, ArabicWords.TheSana, out clitic))
        {
            if (tokens.FollowsBlank(index + 1) && YearNumber.TryRead(tokens, index + 1, 1000, 2999, out var afterNoun)
                && afterNoun.CliticLength == 0)
            {
                match = Match(tokens, index, WordContext.StartAfter(tokens, index, clitic), afterNoun);
                return true;
            }
            return false;
        }
        if (!YearNumber.TryRead(tokens, index, 1000, 2999, out var year) || !IsYearInContext(tokens, index, year))
        {
            return false;
        }
        match = Match(tokens, index, WordContext.StartAfter(tokens, index, year.CliticLength), year);
        return true;
    }

    private static DateMatch Match(DateTokens tokens, int index, int start, YearNumber year)
    {
        var calendar = year.Era ?? DateCalendar.Gregorian;
        return new DateMatch(index, year.EndWord, start, year.End, new CalendarDateExpression(calendar, year.Value, null, null));
    }

    private static bool IsYearInContext(DateTokens tokens, int index, YearNumber year)
    {
        if (year.HasEra)
        {
            return true;
        }
        if (year.Value is < 1800 or > 2100)
        {
            return false;
        }
        return year.CliticLength == 0 && WordContext.PreviousIn(tokens, index, ContextWords.TemporalPrepositions)
            || year.CliticLength == 0 && WordContext.PreviousIn(tokens, index, ContextWords.DualYearNouns)
            || IsAloneInBrackets(tokens, index)
            || IsStartOfYearSpan(tokens, index, year)
            || IsJoinedToYear(tokens, index, year);
    }

    /// <summary><c>من 2015 إلى 2019</c>: the first year of a span of years.</summary>
    private static bool IsStartOfYearSpan(DateTokens tokens, int index, YearNumber year)
    {
        var next = year.EndWord;
        return year.CliticLength == 0 && tokens.FollowsBlank(index) && tokens.Is(index - 1, ArabicWords.Of)
            && next + 1 < tokens.Count && tokens.FollowsBlank(next) && tokens.FollowsBlank(next + 1)
            && (tokens.Is(next, ArabicWords.To) || tokens.Is(next, ArabicWords.Until))
            && YearNumber.TryRead(tokens, next + 1, 1800, 2100, out var last) && last.CliticLength == 0;
    }

    private static bool IsAloneInBrackets(DateTokens tokens, int index)
    {
        var before = tokens.GapBefore(index).TrimEnd();
        var after = tokens.GapBefore(index + 1).TrimStart();
        return before.Length > 0 && before[^1] == '(' && after.Length > 0 && after[0] == ')';
    }

    /// <summary><c>عامي 2002 و2003</c>, <c>بين العامين 1910 و 1912</c>: a year joined by و to a year in context.</summary>
    private static bool IsJoinedToYear(DateTokens tokens, int index, YearNumber year)
    {
        int previous;
        if (year.CliticLength == 1 && tokens.Folded(index)[0] == '\u0648')
        {
            previous = index - 1;
        }
        else if (year.CliticLength == 0 && tokens.Is(index - 1, ArabicWords.And) && tokens.FollowsBlank(index))
        {
            previous = index - 2;
        }
        else
        {
            return false;
        }
        return previous >= 0 && tokens.FollowsBlank(previous + 1)
            && YearNumber.TryRead(tokens, previous, 1800, 2100, out var earlier) && earlier.CliticLength == 0
            && (earlier.HasEra || WordContext.PreviousIn(tokens, previous, ContextWords.DualYearNouns)
                || WordContext.PreviousIn(tokens, previous, ContextWords.YearNouns)
                || WordContext.PreviousIn(tokens, previous, ContextWords.TemporalPrepositions));
    }
}
