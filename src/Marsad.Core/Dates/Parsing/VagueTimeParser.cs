using Marsad.Dates.Expressions;
using Marsad.Dates.Lexicon;
using Marsad.Dates.Vocabulary;

namespace Marsad.Dates.Parsing;

/// <summary>Times the text does not pin to the calendar (<c>الآن</c>, <c>مؤخرا</c>, <c>الأيام الماضية</c>,
/// <c>اليوم التالي</c>): mentions without a value.</summary>
internal sealed class VagueTimeParser(DateVocabulary vocabulary) : IDateParser
{
    public bool TryParse(DateTokens tokens, int index, out DateMatch match)
    {
        match = default;
        if (!vocabulary.VagueTimes.TryMatch(tokens, index, out var vague))
        {
            return false;
        }
        var end = index + vague.WordCount;
        match = new DateMatch(index, end, WordContext.StartAfter(tokens, index, vague.CliticLength), tokens.End(end - 1),
            new VagueExpression(vague.Value));
        return true;
    }
}
