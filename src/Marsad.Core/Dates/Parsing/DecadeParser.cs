using Marsad.Dates.Expressions;
using Marsad.Dates.Lexicon;
using Marsad.Dates.Vocabulary;

namespace Marsad.Dates.Parsing;

/// <summary>
/// Decades: <c>الخمسينيات</c>, <c>السبعينات</c>, <c>ثمانينيات القرن الماضي</c> (the mention is the decade, as
/// TimeML draws it; the century after it only sets the value), and the decades of a century by ordinal
/// (<c>العقد الأول من القرن الماضي</c>: a mention without a value of its own). Not a decade: an age
/// (<c>في الثلاثينات من عمره</c>).
/// </summary>
internal sealed class DecadeParser(DateVocabulary vocabulary, IDateParser centuries) : IDateParser
{
    private const string Age = "\u0639\u0645\u0631"; // عمر

    public bool TryParse(DateTokens tokens, int index, out DateMatch match)
    {
        match = default;
        if (vocabulary.Decades.TryMatch(tokens, index, out var decade))
        {
            var end = index + decade.WordCount;
            if (IsAge(tokens, end))
            {
                return false;
            }
            var century = CenturyAfter(tokens, end) ?? 20;
            match = new DateMatch(index, end, WordContext.StartAfter(tokens, index, decade.CliticLength), tokens.End(end - 1),
                new DecadeExpression((century - 1) * 100 + decade.Value * 10));
            return true;
        }
        if (WordContext.IsWordWithClitic(tokens, index, ArabicWords.Decade, out var clitic) && tokens.FollowsBlank(index + 1)
            && vocabulary.DayOrdinals.TryMatch(tokens, index + 1, out var ordinal, allowClitic: false) && ordinal.Value <= 10)
        {
            var end = index + 1 + ordinal.WordCount;
            if (tokens.Is(end, ArabicWords.Of) && tokens.FollowsBlank(end) && centuries.TryParse(tokens, end + 1, out _))
            {
                match = new DateMatch(index, end, WordContext.StartAfter(tokens, index, clitic), tokens.End(end - 1),
                    new VagueExpression(VagueTime.Anaphoric));
                return true;
            }
        }
        return false;
    }

    /// <summary><c>في الثلاثينات من عمره</c>: a person's thirties, not the 1930s.</summary>
    private static bool IsAge(DateTokens tokens, int end) =>
        tokens.Is(end, ArabicWords.Of) && tokens.FollowsBlank(end) && end + 1 < tokens.Count
        && (tokens.Folded(end + 1).StartsWith(Age, StringComparison.Ordinal)
            || tokens.Folded(end + 1).StartsWith("\u0627\u0644" + Age, StringComparison.Ordinal));

    /// <summary>The ordinal of a century named right after the decade (<c>من القرن التاسع عشر</c>, <c>القرن الماضي</c>).</summary>
    private int? CenturyAfter(DateTokens tokens, int end)
    {
        var at = tokens.Is(end, ArabicWords.Of) && tokens.FollowsBlank(end) ? end + 1 : end;
        if (at >= tokens.Count || !tokens.FollowsBlank(at) || !centuries.TryParse(tokens, at, out var century))
        {
            return null;
        }
        return century.Expression switch
        {
            CenturyExpression named => named.Ordinal,
            RelativePeriodExpression { Unit: PeriodUnit.Century, Offset: -1 } => 20,
            _ => null,
        };
    }
}
