namespace Marsad.Dates.Parsing;

/// <summary>A day read at a word: its number, the word after it, and a clitic joined to it.</summary>
internal readonly record struct DayReading(int Day, int EndWord, int CliticLength, bool IsWord);
