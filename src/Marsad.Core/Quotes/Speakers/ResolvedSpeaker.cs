namespace Marsad.Quotes.Speakers;

/// <summary>
/// Who speaks at a cue: the speaker as shown (a person's fullest name, or the phrase for an institution, a group, a
/// source or a title), what it is, how the text pointed at it, and where that mention is in the text.
/// </summary>
internal sealed record ResolvedSpeaker(string? Text, SpeakerKind Kind, SpeakerCue Cue, int? Start, int? End)
{
    public static ResolvedSpeaker Nobody { get; } = new(null, SpeakerKind.Unknown, SpeakerCue.None, null, null);

    /// <summary>The same speaker, pointed at another way (a continuation or a pronoun).</summary>
    public ResolvedSpeaker As(SpeakerCue cue) => this with { Cue = cue };
}
