using Marsad.Dates.Expressions;
using Marsad.Dates.Lexicon;
using Marsad.Dates.Vocabulary;

namespace Marsad.Dates.Parsing;

/// <summary>
/// A time counted back from the day of writing: <c>قبل عامين</c>, <c>قبل 3 أيام</c>, <c>قبل خمسة وتسعين عاما</c>,
/// <c>قبل نحو عام</c>. Counted back from an event instead (<c>قبل 3 أيام من الانتخابات</c>), it is not a date.
/// </summary>
internal sealed class AgoParser(DateVocabulary vocabulary) : IDateParser
{
    private static readonly WordSet About = new("نحو", "حوالي", "حوالى", "زهاء", "قرابة");
    private static readonly WordSet FromEvent = new("من", "على");

    public bool TryParse(DateTokens tokens, int index, out DateMatch match)
    {
        match = default;
        if (!WordContext.IsWordWithClitic(tokens, index, ArabicWords.Before, out var clitic))
        {
            return false;
        }
        var at = index + 1;
        if (at < tokens.Count && WordContext.NextIn(tokens, at, About))
        {
            at++;
        }
        if (at >= tokens.Count || !tokens.FollowsBlank(at) || !TryCount(tokens, at, out var count, out var unit, out var end))
        {
            return false;
        }
        if (end < tokens.Count && WordContext.NextIn(tokens, end, FromEvent))
        {
            return false;
        }
        match = new DateMatch(index, end, WordContext.StartAfter(tokens, index, clitic), tokens.End(end - 1),
            new AgoExpression(unit, count));
        return true;
    }

    private bool TryCount(DateTokens tokens, int at, out int count, out PeriodUnit unit, out int end)
    {
        count = end = 0;
        unit = PeriodUnit.Day;
        if (vocabulary.AgoUnits.TryMatch(tokens, at, out var bare, allowClitic: false) && bare.Value.ImpliedCount > 0)
        {
            (count, unit, end) = (bare.Value.ImpliedCount, bare.Value.Unit, at + bare.WordCount);
            return true;
        }
        int numberEnd;
        if (NumberToken.TryReadPlain(tokens, at, out var number))
        {
            (count, numberEnd) = (number.Value, at + 1);
        }
        else if (vocabulary.Cardinals.TryMatch(tokens, at, out var words, allowClitic: false))
        {
            (count, numberEnd) = (words.Value, at + words.WordCount);
        }
        else
        {
            return false;
        }
        if (count < 1 || numberEnd >= tokens.Count || !tokens.FollowsBlank(numberEnd)
            || !vocabulary.AgoUnits.TryMatch(tokens, numberEnd, out var counted, allowClitic: false)
            || counted.Value.ImpliedCount == 2)
        {
            return false;
        }
        (unit, end) = (counted.Value.Unit, numberEnd + counted.WordCount);
        return true;
    }
}
