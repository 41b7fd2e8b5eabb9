using System.Text.RegularExpressions;
using Marsad.Articles;
using Marsad.Text;

namespace Marsad.Dates;

/// <summary>
/// Interim: recognizes a line that is only a publication date, in the forms the seed articles use.
/// The full date module (every month family, Hijri, relative dates) replaces this file.
/// </summary>
public static partial class DateLineParser
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["يناير"] = 1, ["فبراير"] = 2, ["مارس"] = 3, ["ابريل"] = 4, ["مايو"] = 5, ["يونيو"] = 6,
        ["يوليو"] = 7, ["اغسطس"] = 8, ["سبتمبر"] = 9, ["اكتوبر"] = 10, ["نوفمبر"] = 11, ["ديسمبر"] = 12,
    };

    public static bool TryParse(string line, out PublicationDate date)
    {
        date = default;
        var folded = ArabicFolder.FoldText(line.Replace('/', ' ').Replace('-', ' ').Replace(':', ' '));
        var match = NumericDate().Match(folded);
        if (match.Success)
        {
            return Build(match, out date);
        }
        match = NamedDate().Match(folded);
        if (match.Success && Months.TryGetValue(match.Groups["month"].Value, out var month))
        {
            var time = match.Groups["hour"].Success
                ? new TimeOnly(int.Parse(match.Groups["hour"].Value, System.Globalization.CultureInfo.InvariantCulture) % 12
                    + (match.Groups["pm"].Value == "م" ? 12 : 0), int.Parse(match.Groups["minute"].Value, System.Globalization.CultureInfo.InvariantCulture))
                : (TimeOnly?)null;
            var day = new DateOnly(Int(match, "year"), month, Int(match, "day"));
            date = time is { } t ? new PublicationDate(day.ToDateTime(t), true) : PublicationDate.OfDay(day);
            return true;
        }
        return false;
    }

    private static bool Build(Match match, out PublicationDate date)
    {
        date = PublicationDate.OfDay(new DateOnly(Int(match, "year"), Int(match, "month"), Int(match, "day")));
        return true;
    }

    private static int Int(Match match, string group) =>
        int.Parse(match.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?:(?:الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت) )?(?:(?<year>\d{4}) (?<month>\d{1,2}) (?<day>\d{1,2})|(?<day>\d{1,2}) (?<month>\d{1,2}) (?<year>\d{4}))$")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"^(?:(?:الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت) )?(?<day>\d{1,2}) (?<month>\S+) (?<year>\d{4})(?: (?<hour>\d{1,2}) (?<minute>\d{2})(?: (?<pm>ص|م))?)?$")]
    private static partial Regex NamedDate();
}
