using Marsad.Dates.Expressions;

namespace Marsad.Dates;

/// <summary>A date expression found in a text, before it is resolved: its span and what it says.</summary>
internal readonly record struct ParsedDate(int Start, int End, DateExpression Expression);
