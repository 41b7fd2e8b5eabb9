using Marsad.Dates.Expressions;
using Marsad.Dates.Lexicon;
using Marsad.Dates.Vocabulary;

namespace Marsad.Dates.Parsing;

/// <summary>
/// Clock times: <c>11:02 ص</c>, <c>الساعة 10:30 مساء</c>, <c>الساعة العاشرة صباحا</c>, <c>الساعة الثامنة والنصف</c>.
/// Digits alone need the colon form; an hour in words needs <c>الساعة</c> before it.
/// </summary>
internal sealed class ClockTimeParser(DateVocabulary vocabulary) : IDateParser
{
    private static readonly WordSet Half = new("والنصف", "ونصف");
    private static readonly WordSet Quarter = new("والربع", "وربع");
    private static readonly WordSet Third = new("والثلث", "وثلث");
    private static readonly WordSet Except = new("إلا", "الا");
    private static readonly WordSet AQuarter = new("ربعا", "ربع");

    public bool TryParse(DateTokens tokens, int index, out DateMatch match)
    {
        match = default;
        var hasHourNoun = WordContext.IsWordWithClitic(tokens, index, ArabicWords.Hour, out var clitic)
            && tokens.FollowsBlank(index + 1);
        var at = hasHourNoun ? index + 1 : index;
        int hour, minute, end;
        if (TryColonTime(tokens, at, out hour, out minute))
        {
            end = at + 2;
            if (!hasHourNoun)
            {
                clitic = NumberToken.TryRead(tokens, at, out var number) ? number.CliticLength : 0;
            }
        }
        else if (hasHourNoun && TryHour(tokens, at, out hour, out end))
        {
            minute = 0;
            ReadMinutesInWords(tokens, ref hour, ref minute, ref end);
        }
        else
        {
            return false;
        }
        if (end < tokens.Count && tokens.FollowsBlank(end)
            && vocabulary.DayPartsAfterClock.TryMatch(tokens, end, out var part, allowClitic: false))
        {
            hour = To24Hours(hour, part.Value);
            end += part.WordCount;
        }
        if (hour is < 0 or > 23)
        {
            return false;
        }
        match = new DateMatch(index, end, WordContext.StartAfter(tokens, index, clitic), tokens.End(end - 1),
            new ClockTimeExpression(hour, minute));
        return true;
    }

    /// <summary><c>11:02</c>: an hour up to 24, a colon, two digits of minutes.</summary>
    private static bool TryColonTime(DateTokens tokens, int at, out int hour, out int minute)
    {
        hour = minute = 0;
        if (at + 1 >= tokens.Count || !tokens.FollowsSeparator(at + 1, ':') || tokens.GapBefore(at + 1).Length != 1
            || !NumberToken.TryRead(tokens, at, out var h) || h.HasSuffix || h.Digits > 2
            || !NumberToken.TryReadPlain(tokens, at + 1, out var m) || m.Digits != 2 || m.Value > 59 || h.Value > 24)
        {
            return false;
        }
        (hour, minute) = (h.Value % 24, m.Value);
        return true;
    }

    private bool TryHour(DateTokens tokens, int at, out int hour, out int end)
    {
        hour = end = 0;
        if (NumberToken.TryReadPlain(tokens, at, out var number) && number.Value is >= 0 and <= 24 && number.Digits <= 2)
        {
            (hour, end) = (number.Value % 24, at + 1);
            return true;
        }
        if (vocabulary.HourOrdinals.TryMatch(tokens, at, out var ordinal, allowClitic: false))
        {
            (hour, end) = (ordinal.Value, at + ordinal.WordCount);
            return true;
        }
        return false;
    }

    /// <summary><c>والنصف</c>, <c>والربع</c>, <c>والثلث</c>, <c>إلا ربعا</c> after an hour in words or digits.</summary>
    private static void ReadMinutesInWords(DateTokens tokens, ref int hour, ref int minute, ref int end)
    {
        if (end >= tokens.Count || !tokens.FollowsBlank(end))
        {
            return;
        }
        var word = tokens.Folded(end).AsSpan();
        if (Half.Contains(word) || Quarter.Contains(word) || Third.Contains(word))
        {
            minute = Half.Contains(word) ? 30 : Quarter.Contains(word) ? 15 : 20;
            end++;
        }
        else if (Except.Contains(word) && end + 1 < tokens.Count && tokens.FollowsBlank(end + 1)
            && AQuarter.Contains(tokens.Folded(end + 1)))
        {
            (hour, minute) = ((hour + 23) % 24, 45);
            end += 2;
        }
    }

    private static int To24Hours(int hour, DayPart part) => part switch
    {
        DayPart.Dawn or DayPart.Morning => hour == 12 ? 0 : hour,
        DayPart.Noon => hour < 11 ? hour + 12 : hour,
        DayPart.Afternoon or DayPart.Evening => hour < 12 ? hour + 12 : hour,
        _ => hour is >= 6 and < 12 ? hour + 12 : hour == 12 ? 0 : hour,
    };
}
