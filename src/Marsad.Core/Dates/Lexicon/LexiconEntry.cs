namespace Marsad.Dates.Lexicon;

/// <summary>
/// One phrase of a vocabulary table, written as Arabic is displayed (the lexicon folds it), with what it means.
/// </summary>
/// <param name="TakesClitic">Whether the phrase may carry a joined و/ف/ب/ل/ك. Short words that a clitic would
/// turn into another word say no (آب in باب).</param>
internal readonly record struct LexiconEntry<T>(string Phrase, T Value, bool TakesClitic = true);
