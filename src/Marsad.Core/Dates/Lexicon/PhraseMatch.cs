namespace Marsad.Dates.Lexicon;

/// <summary>A phrase found at a word: its meaning, how many words it spans, and the clitic it carried.</summary>
/// <param name="CliticLength">Characters of a joined و/ف/ب/ل/ك before the phrase in its first word.</param>
internal readonly record struct PhraseMatch<T>(T Value, int WordCount, int CliticLength);
