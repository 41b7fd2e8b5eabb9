using System.Globalization;
using System.Text.RegularExpressions;
using Marsad.Articles;
using Marsad.Text;

namespace Marsad.Extraction.Html;

/// <summary>
/// Reads a date as pages write it in metadata: ISO 8601 (<c>2020-03-17T10:00:00+02:00</c>, <c>2020-03-17 10:00</c>,
/// <c>2020/03/17</c>), RFC 1123 (<c>Tue, 17 Mar 2020 10:00:00 GMT</c>), and a day, month name and year in Arabic or
/// English (<c>الأربعاء، 07 أكتوبر 2020 - 12:09 م</c>, <c>24 نيسان / أبريل 2020</c>), with Arabic-Indic digits too.
/// The wall-clock time is kept as written and the offset dropped (<see cref="PublicationDate"/> invents no time
/// zone). Numeric day-month-year is read day first, as Arabic pages write it.
/// </summary>
internal static partial class MetadataDateParser
{
    private const int EarliestYear = 1990;
    private const int LatestYear = 2100;

    public static PublicationDate? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var trimmed = AsciiDigits(text.Trim());
        if (YearFirst().Match(trimmed) is { Success: true } iso)
        {
            return Build(iso.Groups["y"].Value, iso.Groups["m"].Value, iso.Groups["d"].Value, iso);
        }
        if (DayFirst().Match(trimmed) is { Success: true } dmy)
        {
            // 03/17/2020 can only be month first; otherwise day first.
            var first = int.Parse(dmy.Groups["a"].Value, CultureInfo.InvariantCulture);
            var second = int.Parse(dmy.Groups["b"].Value, CultureInfo.InvariantCulture);
            var (day, month) = second > 12 && first <= 12 ? (second, first) : (first, second);
            return Build(dmy.Groups["y"].Value, month.ToString(CultureInfo.InvariantCulture),
                day.ToString(CultureInfo.InvariantCulture), dmy);
        }
        if (FirstNamedDate(trimmed) is ({ } named, var namedMonth))
        {
            return Build(named.Groups["y"].Value, namedMonth.ToString(CultureInfo.InvariantCulture), named.Groups["d"].Value,
                named, named.Groups["ap"].Value);
        }
        if (HasLatinLetters().IsMatch(trimmed)
            && DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed)
            && parsed.Year is >= EarliestYear and <= LatestYear)
        {
            return new PublicationDate(parsed.DateTime, parsed.TimeOfDay != TimeSpan.Zero || ClockTime().IsMatch(trimmed));
        }
        return null;
    }

    /// <summary>Whether a text holds a day, month name and year anywhere (<c>... 24 نيسان 2020 ...</c>, <c>Nov. 19, 2019</c>).</summary>
    public static bool ContainsNamedDate(string text) => FirstNamedDate(AsciiDigits(text)) is not null || EnglishMonthFirst().IsMatch(text);

    /// <summary>The first "day word year" whose word is a month name ("12 شخصا 2020" is not a date).</summary>
    private static (Match Match, int Month)? FirstNamedDate(string text)
    {
        foreach (Match match in NamedMonth().Matches(LooseText.Fold(text)))
        {
            if (MonthNames.Lookup(match.Groups["m"].Value) is > 0 and var month)
            {
                return (match, month);
            }
        }
        return null;
    }

    [GeneratedRegex(@"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}\b", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishMonthFirst();

    private static PublicationDate? Build(string year, string month, string day, Match match, string halfOfDay = "")
    {
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var m = int.Parse(month, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        if (y is < EarliestYear or > LatestYear || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return null;
        }
        var date = new DateTime(y, m, d, 0, 0, 0, DateTimeKind.Unspecified);
        if (!match.Groups["h"].Success)
        {
            return new PublicationDate(date, false);
        }
        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        hour = halfOfDay switch
        {
            "م" or "مساء" or "pm" or "p.m." when hour < 12 => hour + 12,
            "ص" or "صباحا" or "am" or "a.m." when hour == 12 => 0,
            _ => hour,
        };
        var minute = int.Parse(match.Groups["min"].Value, CultureInfo.InvariantCulture);
        var second = match.Groups["s"].Success ? int.Parse(match.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
        if (hour > 23 || minute > 59 || second > 59)
        {
            return new PublicationDate(date, false);
        }
        return new PublicationDate(date.Add(new TimeSpan(hour, minute, second)), true);
    }

    [GeneratedRegex(@"^(?<y>\d{4})[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})(?:(?:T|\s+)(?<h>\d{1,2}):(?<min>\d{2})(?::(?<s>\d{2}))?)?",
        RegexOptions.CultureInvariant)]
    private static partial Regex YearFirst();

    [GeneratedRegex(@"^(?<a>\d{1,2})[-/.](?<b>\d{1,2})[-/.](?<y>\d{4})(?:(?:T|\s+)(?<h>\d{1,2}):(?<min>\d{2})(?::(?<s>\d{2}))?)?",
        RegexOptions.CultureInvariant)]
    private static partial Regex DayFirst();

    private static string AsciiDigits(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            var value = ArabicLetters.ArabicIndicDigitValue(source[i]);
            span[i] = value >= 0 ? (char)('0' + value) : source[i];
        }
    });

    // Runs on folded text (no hamza on alef, no diacritics, lower case); "نيسان / ابريل" names a month twice; the
    // clock time may be followed by ص/صباحا/am (morning) or م/مساء/pm (afternoon).
    [GeneratedRegex(@"(?<d>\d{1,2})\s+(?<m>\p{L}+(?:\s\p{L}+)?)(?:\s*/\s*\p{L}+)?\s*,?\s+(?<y>\d{4})(?:[\s,،-]+(?<h>\d{1,2}):(?<min>\d{2})(?::(?<s>\d{2}))?\s*(?<ap>\p{L}+\.?(?:\p{L}\.)?)?)?",
        RegexOptions.CultureInvariant)]
    private static partial Regex NamedMonth();

    [GeneratedRegex(@"[A-Za-z]{3}", RegexOptions.CultureInvariant)]
    private static partial Regex HasLatinLetters();

    [GeneratedRegex(@"\d{1,2}:\d{2}", RegexOptions.CultureInvariant)]
    private static partial Regex ClockTime();
}
