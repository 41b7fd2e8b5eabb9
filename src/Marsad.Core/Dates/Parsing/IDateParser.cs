using Marsad.Dates.Lexicon;

namespace Marsad.Dates.Parsing;

/// <summary>One rule of the date grammar: tries to read an expression that starts at a word.</summary>
internal interface IDateParser
{
    bool TryParse(DateTokens tokens, int index, out DateMatch match);
}
