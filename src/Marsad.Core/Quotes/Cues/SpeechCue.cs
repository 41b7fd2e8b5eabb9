using Marsad.Quotes.Vocabulary;

namespace Marsad.Quotes.Cues;

/// <summary>
/// A word (or two: جاء فيها) that says someone speaks: where it is, its form and what it can introduce. The
/// subject, when written after it, starts at <see cref="LastWord"/> + 1. <see cref="Ambiguous"/>: the word is also a
/// common other word (زاد "increased", تابع "followed"), so it is a cue only where it introduces a quotation.
/// </summary>
internal sealed record SpeechCue(int Word, int LastWord, CueForm Form, CueUse Use, bool Ambiguous = false);
