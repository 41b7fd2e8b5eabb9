namespace Marsad.Quotes.Spans;

/// <summary>
/// The quoted content found for a cue, <c>[Start, End)</c> in the display text; <see cref="Direct"/> for the
/// speaker's own words; <see cref="GoesOn"/> when it continues an earlier quotation of the same cue (a second pair
/// of quote marks in the sentence, or a sentence that opens with وأن).
/// </summary>
internal readonly record struct QuoteSpan(int Start, int End, bool Direct, bool GoesOn);
