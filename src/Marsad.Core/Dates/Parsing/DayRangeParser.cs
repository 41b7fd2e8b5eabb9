using Marsad.Dates.Expressions;
using Marsad.Dates.Lexicon;

namespace Marsad.Dates.Parsing;

/// <summary>
/// Days of one month written as a span: <c>من 5 إلى 7 أغسطس</c>, <c>5 - 7 أغسطس</c>, <c>بين 5 و7 أغسطس</c>,
/// <c>من 12 إلى 15 من الشهر الجاري</c>. The first day is incomplete without the month after it, so the span is one
/// mention (the preposition before it stays out). Two complete dates joined by إلى stay two mentions.
/// </summary>
internal sealed class DayRangeParser(IDateParser datesWithDay) : IDateParser
{
    public bool TryParse(DateTokens tokens, int index, out DateMatch match)
    {
        match = default;
        if (!NumberToken.TryRead(tokens, index, out var from) || from.HasSuffix || from.Digits > 2 || from.Value is < 1 or > 31)
        {
            return false;
        }
        var at = index + 1;
        if (at >= tokens.Count)
        {
            return false;
        }
        if ((tokens.Is(at, ArabicWords.To) || tokens.Is(at, ArabicWords.Until)) && tokens.FollowsBlank(at))
        {
            at++;
            if (at >= tokens.Count || !tokens.FollowsBlank(at))
            {
                return false;
            }
        }
        else if (tokens.FollowsSeparator(at, '-') || tokens.FollowsSeparator(at, '\u2013'))
        {
            // 5 - 7 أغسطس: the dash is the separator.
        }
        else if (!IsAfterBetween(tokens, index, ref at))
        {
            return false;
        }
        if (!datesWithDay.TryParse(tokens, at, out var to) || to.FirstWord != at || to.Start != tokens.Start(at) && !WordContext.StartsWithAndDigit(tokens, at))
        {
            return false;
        }
        if (DayOfMonth.Of(to.Expression) is not { } last || last <= from.Value
            || DayOfMonth.With(to.Expression, from.Value) is not { } first)
        {
            return false;
        }
        match = new DateMatch(index, to.EndWord, WordContext.StartAfter(tokens, index, from.CliticLength), to.End,
            new RangeExpression(first, to.Expression));
        return true;
    }

    /// <summary><c>بين 5 و7 أغسطس</c>: و joins the two ends only after بين.</summary>
    private static bool IsAfterBetween(DateTokens tokens, int index, ref int at)
    {
        if (!WordContext.IsWord(tokens, index - 1, ArabicWords.Between) || !tokens.FollowsBlank(index) || !tokens.FollowsBlank(at))
        {
            return false;
        }
        if (tokens.Is(at, ArabicWords.And))
        {
            at++;
            return at < tokens.Count && tokens.FollowsBlank(at);
        }
        return WordContext.StartsWithAndDigit(tokens, at);
    }
}
