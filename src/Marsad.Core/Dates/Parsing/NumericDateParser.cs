using Marsad.Dates.Expressions;
using Marsad.Dates.Lexicon;

namespace Marsad.Dates.Parsing;

/// <summary>
/// Dates in digits: year first (<c>2020/11/18</c>, <c>2021-07-27</c>) or day first, as Arabic news writes them
/// (<c>18-11-2020</c>, <c>27-7-2021</c>, <c>19/6/1436هـ</c>). A four-digit year is required; years from 1300 to
/// 1600, or marked هـ, are Hijri. Numbers after رقم (a law's number) are not dates.
/// </summary>
internal sealed class NumericDateParser : IDateParser
{
    private const string Number = "\u0631\u0642\u0645"; // رقم

    public bool TryParse(DateTokens tokens, int index, out DateMatch match)
    {
        match = default;
        if (index + 2 >= tokens.Count || !NumberToken.TryRead(tokens, index, out var first) || first.HasSuffix)
        {
            return false;
        }
        var separator = SeparatorBefore(tokens, index + 1);
        if (separator == '\0' || SeparatorBefore(tokens, index + 2) != separator
            || !NumberToken.TryReadPlain(tokens, index + 1, out var middle)
            || !NumberToken.TryRead(tokens, index + 2, out var last) || last.CliticLength > 0)
        {
            return false;
        }
        if (ContinuesSequence(tokens, index, index + 2) || WordContext.IsWord(tokens, index - 1, Number))
        {
            return false;
        }
        var (year, month, day, yearWord) = first.Digits == 4 && last.Digits <= 2 && !last.HasSuffix
            ? (first.Value, middle.Value, last.Value, index)
            : (last.Value, middle.Value, first.Value, index + 2);
        if ((yearWord == index ? first : last).Digits != 4 || month is < 1 or > 12 || day is < 1 or > 31
            || middle.Digits > 2 || (yearWord == index ? last : first).Digits > 2)
        {
            return false;
        }
        var endWord = index + 3;
        var era = DateCalendar.Gregorian;
        if (yearWord == index + 2)
        {
            if (!YearNumber.TryRead(tokens, index + 2, 1000, 2999, out var written))
            {
                return false;
            }
            endWord = written.EndWord;
            era = written.Era ?? (year is >= 1300 and <= 1600 ? DateCalendar.Hijri : DateCalendar.Gregorian);
        }
        else if (year < 1000)
        {
            return false;
        }
        match = new DateMatch(index, endWord, WordContext.StartAfter(tokens, index, first.CliticLength),
            tokens.End(endWord - 1), new CalendarDateExpression(era, year, month, day));
        return true;
    }

    /// <summary>The one separator between two numbers of a date (<c>/</c>, <c>-</c>, <c>.</c>), or NUL.</summary>
    private static char SeparatorBefore(DateTokens tokens, int index)
    {
        var gap = tokens.GapBefore(index).Trim();
        return gap.Length == 1 && gap[0] is '/' or '-' or '.' or '\\' or '\u2010' or '\u2011' ? gap[0] : '\0';
    }

    /// <summary>A date is three numbers, not part of a longer run such as a phone number or 1/2/3/4.</summary>
    private static bool ContinuesSequence(DateTokens tokens, int first, int last) =>
        (first > 0 && SeparatorBefore(tokens, first) != '\0' && WordContext.EndsWithDigit(tokens, first - 1))
        || (last + 1 < tokens.Count && SeparatorBefore(tokens, last + 1) != '\0' && WordContext.StartsWithDigit(tokens, last + 1));
}
