namespace Marsad.Quotes;

/// <summary>
/// One speaker a cue could have (whom a continuation or a pronoun, وأضاف، مشيرا، لكنه أكد, could point back to, or
/// the subject the rules read), with what the speaker ranker weighs about it (<see cref="SpeakerRanker"/>).
/// </summary>
public sealed record SpeakerOption(string? Speaker, SpeakerKind Kind, IReadOnlyList<string> Features);

/// <summary>
/// The speakers one cue could take, the one taken, and the quotations it introduced: what the
/// ranker is trained on (<c>marsad train speakers</c>).
/// </summary>
public sealed record SpeakerChoice(int CueStart, IReadOnlyList<SpeakerOption> Options, int Chosen)
{
    /// <summary>The quotations the cue introduced, <c>[Start, End)</c> in the display text.</summary>
    public List<(int Start, int End)> Spans { get; } = [];
}
