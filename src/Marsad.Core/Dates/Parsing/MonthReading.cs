using Marsad.Dates.Vocabulary;

namespace Marsad.Dates.Parsing;

/// <summary>A month name read at a word, perhaps with its paired name (<c>يوليو/تموز</c>, <c>تموز (يوليو)</c>).</summary>
/// <param name="End">The character offset where the name (and its pair, and a closing bracket) ends.</param>
/// <param name="Paired">Whether a second name of the same month confirmed it, which makes any name a month.</param>
internal readonly record struct MonthReading(MonthName Name, int EndWord, int End, int CliticLength, bool Paired);
