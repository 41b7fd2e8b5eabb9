using Marsad.Dates.Expressions;

namespace Marsad.Dates.Parsing;

/// <summary>An expression found by the grammar: the words it spans (<c>[FirstWord, EndWord)</c>), its exact
/// character span in the display text (after any joined clitic, through any closing bracket), and what it says.</summary>
internal readonly record struct DateMatch(int FirstWord, int EndWord, int Start, int End, DateExpression Expression);
