namespace Marsad.Evaluation.Quotes;

/// <summary>
/// A quotation marked by reading: <c>[Start, End)</c> in its article's display text, direct or reported, and its
/// speaker as the annotator resolved it (alternatives that count as the same; empty when the text names nobody).
/// </summary>
public sealed record GoldQuotation(string Article, int Start, int End, bool Direct, IReadOnlyList<string> Speakers, string Cue, string Text);
