using Marsad.Dates.Expressions;
using Marsad.Dates.Lexicon;
using Marsad.Dates.Vocabulary;

namespace Marsad.Dates.Parsing;

/// <summary>Times the text does not pin to the calendar (<c>الآن</c>, <c>مؤخرا</c>, <c>الأيام الماضية</c>,
/// <c>اليوم التالي</c>): mentions without a value. Not a time: the name <c>آلان</c>.</summary>
internal sealed class VagueTimeParser(DateVocabulary vocabulary) : IDateParser
{
    private const string Now = "\u0627\u0644\u0627\u0646"; // الآن, folded

    public bool TryParse(DateTokens tokens, int index, out DateMatch match)
    {
        match = default;
        if (!vocabulary.VagueTimes.TryMatch(tokens, index, out var vague) || IsAlan(tokens, index, vague))
        {
            return false;
        }
        var end = index + vague.WordCount;
        match = new DateMatch(index, end, WordContext.StartAfter(tokens, index, vague.CliticLength), tokens.End(end - 1),
            new VagueExpression(vague.Value));
        return true;
    }

    /// <summary>Folding makes the name آلان (Alan) look like الآن; the madda on its first letter tells them apart.</summary>
    private static bool IsAlan(DateTokens tokens, int index, PhraseMatch<VagueTime> vague) =>
        vague.WordCount == 1 && tokens.Folded(index).AsSpan(vague.CliticLength).SequenceEqual(Now)
        && tokens.Display(index)[vague.CliticLength..] is ['\u0622', ..];
}
