using Marsad.Dates.Expressions;

namespace Marsad.Dates.Vocabulary;

/// <summary>A season word, and how much context it needs to be read as a season.</summary>
internal readonly record struct SeasonWord(Season Season, ContextNeeds Needs);
