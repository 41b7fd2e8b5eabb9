using Marsad.Dates.Expressions;
using Marsad.Dates.Lexicon;
using Marsad.Dates.Vocabulary;

namespace Marsad.Dates.Parsing;

/// <summary>
/// Centuries by ordinal: <c>القرن العشرين</c>, <c>القرن التاسع عشر</c>, <c>القرن الحادي والعشرين</c>,
/// <c>القرن 19</c>, <c>القرن الـ19</c>, with <c>الميلادي</c> kept in the mention. Hijri centuries
/// (<c>القرن الرابع عشر الهجري</c>) are mentions without a value. Relative ones are <see cref="RelativePeriodParser"/>'s.
/// </summary>
internal sealed class CenturyParser(DateVocabulary vocabulary) : IDateParser
{
    private static readonly WordSet Gregorian = new("الميلادي", "للميلاد", "ميلادي");
    private static readonly WordSet Hijri = new("الهجري", "للهجرة", "هجري");

    public bool TryParse(DateTokens tokens, int index, out DateMatch match)
    {
        match = default;
        if (!WordContext.IsWordWithClitic(tokens, index, ArabicWords.Century, out var clitic)
            || index + 1 >= tokens.Count || !tokens.FollowsBlank(index + 1)
            || !TryOrdinal(tokens, index + 1, out var ordinal, out var end))
        {
            return false;
        }
        var hijri = false;
        if (end < tokens.Count && tokens.FollowsBlank(end))
        {
            hijri = Hijri.Contains(tokens.Folded(end));
            if (hijri || Gregorian.Contains(tokens.Folded(end)))
            {
                end++;
            }
        }
        DateExpression century = hijri ? new VagueExpression(VagueTime.Past) : new CenturyExpression(ordinal);
        match = new DateMatch(index, end, WordContext.StartAfter(tokens, index, clitic), tokens.End(end - 1), century);
        return true;
    }

    private bool TryOrdinal(DateTokens tokens, int at, out int ordinal, out int end)
    {
        (ordinal, end) = (0, at + 1);
        if (vocabulary.DayOrdinals.TryMatch(tokens, at, out var words, allowClitic: false))
        {
            (ordinal, end) = (words.Value, at + words.WordCount);
            return ordinal <= 30;
        }
        // القرن 19, القرن الـ19 (folded ال19)
        var word = tokens.Folded(at).AsSpan();
        if (word.StartsWith("\u0627\u0644"))
        {
            word = word[2..];
        }
        return word.Length is 1 or 2 && char.IsAsciiDigit(word[0]) && (word.Length == 1 || char.IsAsciiDigit(word[1]))
            && (ordinal = word.Length == 1 ? word[0] - '0' : (word[0] - '0') * 10 + word[1] - '0') is >= 1 and <= 30;
    }
}
