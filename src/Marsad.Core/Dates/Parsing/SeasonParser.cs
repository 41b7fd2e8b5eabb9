using Marsad.Dates.Expressions;
using Marsad.Dates.Lexicon;
using Marsad.Dates.Vocabulary;

namespace Marsad.Dates.Parsing;

/// <summary>
/// Seasons: <c>صيف 2014</c>, <c>شتاء عام 2015</c>, <c>الصيف الماضي</c>, <c>هذا الصيف</c>, <c>الشتاء</c>, <c>فصل الصيف</c>,
/// <c>صيفا</c>. Bare indefinite forms (ربيع is also a name) need a year, a relation or فصل/فصول. Not a season:
/// <c>الربيع العربي</c>.
/// </summary>
internal sealed class SeasonParser(DateVocabulary vocabulary) : IDateParser
{
    private static readonly WordSet SeasonNouns = new("فصل", "فصول");
    private static readonly WordSet Figurative = new("العربي", "الديمقراطي", "السياسي");

    public bool TryParse(DateTokens tokens, int index, out DateMatch match)
    {
        match = default;
        var at = index;
        var relation = TimeRelation.Unstated;
        var conjunction = 0;
        if (WordContext.InSet(tokens, index, ContextWords.This, out conjunction) && tokens.FollowsBlank(index + 1))
        {
            (at, relation) = (index + 1, TimeRelation.Current);
        }
        if (!vocabulary.Seasons.TryMatch(tokens, at, out var season, allowClitic: at == index))
        {
            return false;
        }
        var end = at + season.WordCount;
        var next = end < tokens.Count && tokens.FollowsBlank(end);
        if (next && Figurative.Contains(tokens.Folded(end)))
        {
            return false;
        }
        int? year = null;
        if (next && YearNumber.TryRead(tokens, end, 1000, 2999, out var number) && number.CliticLength == 0)
        {
            (year, end) = (number.Value, number.EndWord);
        }
        else if (next && ContextWords.YearNouns.Contains(tokens.Folded(end)) && tokens.FollowsBlank(end + 1)
            && YearNumber.TryRead(tokens, end + 1, 1000, 2999, out var afterNoun) && afterNoun.CliticLength == 0)
        {
            (year, end) = (afterNoun.Value, afterNoun.EndWord);
        }
        else if (next && relation == TimeRelation.Unstated
            && vocabulary.Relations.TryMatch(tokens, end, out var named, allowClitic: false))
        {
            (relation, end) = (named.Value, end + named.WordCount);
        }
        else if (relation == TimeRelation.Unstated && !IsSeasonInContext(tokens, index, season.Value.Needs))
        {
            return false;
        }
        var clitic = at == index ? season.CliticLength : conjunction;
        match = new DateMatch(index, end, WordContext.StartAfter(tokens, index, clitic), tokens.End(end - 1),
            new SeasonExpression(season.Value.Season, year, relation));
        return true;
    }

    /// <summary>A season with no year or relation: <c>فصل الربيع</c>, <c>في الربيع</c>, <c>الصيف</c>.</summary>
    private static bool IsSeasonInContext(DateTokens tokens, int index, ContextNeeds needs) => needs switch
    {
        ContextNeeds.Nothing => true,
        ContextNeeds.Preposition => WordContext.PreviousIn(tokens, index, SeasonNouns)
            || WordContext.PreviousIn(tokens, index, ContextWords.TemporalPrepositions),
        _ => WordContext.PreviousIn(tokens, index, SeasonNouns),
    };
}
