using Marsad.Dates.Expressions;
using Marsad.Dates.Lexicon;

namespace Marsad.Dates.Parsing;

/// <summary>
/// A year written in digits, with the era letter news adds: <c>2015م</c> (Gregorian), <c>1436هـ</c> (Hijri),
/// joined or as the next word (<c>1436 هـ</c>). Without a letter a year from 1300 to 1600 after a Hijri month
/// is Hijri; any other is Gregorian.
/// </summary>
internal readonly record struct YearNumber(int Value, DateCalendar? Era, int EndWord, int End, int CliticLength)
{
    private const string GregorianEra = "\u0645"; // م
    private const string HijriEra = "\u0647";     // هـ, folded

    public bool HasEra => Era is not null;

    public static bool TryRead(DateTokens tokens, int index, int min, int max, out YearNumber year)
    {
        year = default;
        if (!NumberToken.TryRead(tokens, index, out var number) || number.Digits is < 3 or > 4
            || number.Value < min || number.Value > max)
        {
            return false;
        }
        var end = index + 1;
        DateCalendar? era;
        if (number.HasSuffix)
        {
            era = EraOf(number.Suffix);
            if (era is null)
            {
                return false;
            }
        }
        else
        {
            era = end < tokens.Count && tokens.FollowsBlank(end) ? EraOf(tokens.Folded(end)) : null;
            if (era is not null)
            {
                end++;
            }
        }
        year = new YearNumber(number.Value, era, end, tokens.End(end - 1), number.CliticLength);
        return true;
    }

    private static DateCalendar? EraOf(string word) => word switch
    {
        GregorianEra => DateCalendar.Gregorian,
        HijriEra => DateCalendar.Hijri,
        _ => null,
    };
}
