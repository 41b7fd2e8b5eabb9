using Marsad.Dates.Lexicon;
using Marsad.Dates.Vocabulary;

namespace Marsad.Dates.Parsing;

/// <summary>A day of the month: <c>26</c>, <c>٢٦</c>, or an ordinal word (<c>السابع</c>, <c>الحادي والعشرين</c>).</summary>
internal static class DayReader
{
    public static bool TryRead(DateVocabulary vocabulary, DateTokens tokens, int index, out DayReading day)
    {
        day = default;
        if (NumberToken.TryRead(tokens, index, out var number))
        {
            if (number.HasSuffix || number.Digits > 2 || number.Value is < 1 or > 31 || IsInNumberSequence(tokens, index))
            {
                return false;
            }
            day = new DayReading(number.Value, index + 1, number.CliticLength, IsWord: false);
            return true;
        }
        if (vocabulary.DayOrdinals.TryMatch(tokens, index, out var ordinal) && ordinal.Value <= 31)
        {
            day = new DayReading(ordinal.Value, index + ordinal.WordCount, ordinal.CliticLength, IsWord: true);
            return true;
        }
        return false;
    }

    /// <summary>A number joined to another by a slash, colon or dot is part of something else (11:02, 3.5).</summary>
    private static bool IsInNumberSequence(DateTokens tokens, int index)
    {
        var before = index > 0 ? tokens.GapBefore(index) : [];
        var after = index + 1 < tokens.Count ? tokens.GapBefore(index + 1) : [];
        return (before.Length == 1 && before[0] is '/' or ':' or '.' or ',' && WordContext.EndsWithDigit(tokens, index - 1))
            || (after.Length == 1 && after[0] is '/' or ':' or '.' or ',' && WordContext.StartsWithDigit(tokens, index + 1));
    }
}
