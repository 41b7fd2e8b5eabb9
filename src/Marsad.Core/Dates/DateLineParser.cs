using Marsad.Articles;
using Marsad.Dates.Expressions;
using Marsad.Dates.Vocabulary;
using Marsad.Text;

namespace Marsad.Dates;

/// <summary>
/// Tells a publication date line (<c>الأربعاء 2020/11/18</c>, <c>الأحد 25 يوليو 2021 11:02 ص</c>,
/// <c>نشر في: 18 ابريل 2021</c>, <c>الاثنين 5 شوال 1436هـ - 20 يوليو 2015م</c>) from a sentence that merely contains
/// a date: every word of the line must belong to a date, a time or a label, and one date must name a day.
/// When a line gives both calendars the Gregorian date is taken; a time anywhere on the line joins it.
/// </summary>
public static class DateLineParser
{
    /// <summary>The longest line worth reading as a date line: date lines are short.</summary>
    private const int MaxLength = 160;

    /// <summary>Words a date line may hold besides dates: labels, the word for "corresponding to", era letters,
    /// and the time zone.</summary>
    private static readonly WordSet LineWords = new(
        "نشر", "نشرت", "في", "بتاريخ", "تاريخ", "التاريخ", "النشر", "آخر", "تحديث", "التحديث", "تعديل", "محدث",
        "تم", "الموافق", "م", "هـ", "بتوقيت", "توقيت", "مكة", "المكرمة", "غرينتش", "جرينتش", "القدس", "بغداد",
        "gmt", "published", "updated", "posted", "last", "on", "at");

    public static bool TryParse(string line, out PublicationDate date) => TryParse(line, DateRecognizer.Default, out date);

    public static bool TryParse(string line, DateRecognizer recognizer, out PublicationDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(line) || line.Length > MaxLength)
        {
            return false;
        }
        var parsed = recognizer.Parse(line);
        if (parsed.Count == 0 || !EveryWordIsDateOrLabel(line, parsed))
        {
            return false;
        }
        DateOnly? day = null;
        TimeOnly? time = null;
        var dayIsGregorian = false;
        foreach (var found in parsed)
        {
            var expression = found.Expression;
            if (expression is ClockTimeExpression clock)
            {
                time ??= new TimeOnly(clock.Hour, clock.Minute);
                continue;
            }
            if (expression.ResolveDay(null) is not { } named)
            {
                continue;
            }
            var gregorian = IsGregorian(expression);
            if (day is null || (gregorian && !dayIsGregorian))
            {
                (day, dayIsGregorian) = (named, gregorian);
            }
            if (expression is DateTimeExpression { Clock: { } withDay })
            {
                time ??= new TimeOnly(withDay.Hour, withDay.Minute);
            }
        }
        if (day is not { } publication)
        {
            return false;
        }
        date = time is { } at
            ? new PublicationDate(publication.ToDateTime(at), true)
            : PublicationDate.OfDay(publication);
        return true;
    }

    private static bool EveryWordIsDateOrLabel(string line, List<ParsedDate> parsed)
    {
        var next = 0;
        foreach (var word in WordTokenizer.Words(line))
        {
            while (next < parsed.Count && parsed[next].End <= word.Start)
            {
                next++;
            }
            var inDate = next < parsed.Count && parsed[next].Start <= word.Start && word.End <= parsed[next].End
                // A joined clitic before a date (بتاريخ is a label; و2021 is not) stays outside the mention.
                || next < parsed.Count && word.Start < parsed[next].Start && parsed[next].Start < word.End;
            if (!inDate && !LineWords.Contains(ArabicFolder.Fold(line.AsSpan(word.Start, word.Length))))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsGregorian(DateExpression expression) => expression switch
    {
        CalendarDateExpression calendar => calendar.Calendar == DateCalendar.Gregorian,
        DateTimeExpression dateTime => IsGregorian(dateTime.Date),
        _ => true,
    };
}
