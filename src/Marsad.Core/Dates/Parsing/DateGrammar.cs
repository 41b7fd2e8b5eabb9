using Marsad.Dates.Lexicon;

namespace Marsad.Dates.Parsing;

/// <summary>
/// A set of rules tried at one word: the longest expression wins, and among equals the rule listed first.
/// The recognizer's grammar and the narrower ones that rules use inside (the days a weekday or a part of the
/// day may take, the periods a modifier may take) are all grammars.
/// </summary>
internal sealed class DateGrammar(params IDateParser[] rules) : IDateParser
{
    public bool TryParse(DateTokens tokens, int index, out DateMatch match)
    {
        match = default;
        var found = false;
        foreach (var rule in rules)
        {
            if (rule.TryParse(tokens, index, out var candidate) && (!found || candidate.End > match.End))
            {
                match = candidate;
                found = true;
            }
        }
        return found;
    }
}
