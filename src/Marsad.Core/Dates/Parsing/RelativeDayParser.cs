using Marsad.Dates.Expressions;
using Marsad.Dates.Lexicon;
using Marsad.Dates.Vocabulary;

namespace Marsad.Dates.Parsing;

/// <summary>
/// Days named from the day of writing, with the weekday news adds: <c>أمس السبت</c>, <c>اليوم الأحد</c>,
/// <c>غدا الاثنين</c>, <c>بعد غد الثلاثاء</c>, <c>أول أمس</c>, <c>يوم أمس</c>. Not a date: <c>أمس الحاجة</c>
/// ("the direst need"), <c>صحيفة اليوم</c> (an outlet), <c>اليوم الأول</c>, <c>اليوم الوطني</c> and
/// <c>طوال اليوم</c> ("the day").
/// </summary>
internal sealed class RelativeDayParser(DateVocabulary vocabulary) : IDateParser
{
    private const string Today = "\u0627\u0644\u064A\u0648\u0645"; // اليوم
    private const string Need = "\u062D\u0627\u062C";              // حاج, as in الحاجة
    private const string The = "\u0627\u0644";                     // ال
    private static readonly WordSet Every = new("كل");

    public bool TryParse(DateTokens tokens, int index, out DateMatch match)
    {
        match = default;
        WordContext.SkipDayNoun(tokens, index, out var at, out var clitic);
        if (!vocabulary.RelativeDays.TryMatch(tokens, at, out var day, allowClitic: at == index))
        {
            return false;
        }
        if (at == index)
        {
            clitic = day.CliticLength;
        }
        var end = at + day.WordCount;
        if (!IsDayMeant(tokens, at, day, end))
        {
            return false;
        }
        DayOfWeek? weekday = null;
        var endChar = tokens.End(end - 1);
        if (end < tokens.Count && (tokens.FollowsBlank(end) || OpensBracket(tokens, end))
            && vocabulary.Weekdays.TryMatch(tokens, end, out var named, allowClitic: false))
        {
            var bracketed = OpensBracket(tokens, end);
            weekday = named.Value;
            end += named.WordCount;
            endChar = bracketed ? ClosingBracketEnd(tokens, end) ?? -1 : tokens.End(end - 1);
            if (endChar < 0)
            {
                // An opening bracket with no closing one after the weekday: not the اليوم (الاثنين) form.
                end -= named.WordCount;
                weekday = null;
                endChar = tokens.End(end - 1);
            }
        }
        match = new DateMatch(index, end, WordContext.StartAfter(tokens, index, clitic), endChar,
            new RelativeDayExpression(day.Value, weekday));
        return true;
    }

    /// <summary>The weekday in brackets that news adds to a relative day: <c>اليوم (الاثنين)</c>.</summary>
    private static bool OpensBracket(DateTokens tokens, int index) =>
        index > 0 && index < tokens.Count && tokens.GapBefore(index).Trim() is "(";

    /// <summary>Where the closing bracket after word <paramref name="index"/>-1 ends, if the gap holds one.</summary>
    private static int? ClosingBracketEnd(DateTokens tokens, int index)
    {
        var from = tokens.End(index - 1);
        var gap = tokens.GapBefore(index);
        var close = gap.IndexOf(')');
        return close >= 0 && gap[..close].Trim().IsEmpty ? from + close + 1 : null;
    }

    private bool IsDayMeant(DateTokens tokens, int at, PhraseMatch<int> day, int end)
    {
        var word = tokens.Folded(at).AsSpan(day.CliticLength);
        var next = end < tokens.Count && tokens.FollowsBlank(end) ? tokens.Folded(end).AsSpan() : [];
        if (day.Value == -1 && day.WordCount == 1)
        {
            // في أمس الحاجة: the superlative أمسّ, "most in need".
            return !next.Contains(Need, StringComparison.Ordinal);
        }
        if (!word.SequenceEqual(Today))
        {
            return true;
        }
        if (WordContext.PreviousIn(tokens, at, ContextWords.OutletNouns) || WordContext.PreviousIn(tokens, at, Every)
            || WordContext.PreviousIn(tokens, at, ContextWords.WholeDayWords))
        {
            return false;
        }
        if (next.IsEmpty || vocabulary.Weekdays.TryMatch(tokens, end, out _, allowClitic: false))
        {
            return true;
        }
        // اليوم الأول، اليوم الوطني، اليوم التالي: "the day", described.
        var isNisba = next.Length >= 5 && next.StartsWith(The) && next[^1] == '\u064A';
        return !isNisba && !ContextWords.DayAdjectives.Contains(next)
            && !vocabulary.DayOrdinals.TryMatch(tokens, end, out _, allowClitic: false);
    }
}
