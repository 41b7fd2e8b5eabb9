using Marsad.Dates.Expressions;

namespace Marsad.Dates.Vocabulary;

/// <summary>A season word, and whether it can stand alone as a time.</summary>
internal readonly record struct SeasonWord(Season Season, bool StandsAlone);
