namespace Marsad.Quotes.Speakers;

/// <summary>
/// The gender a participle of saying agrees with (مشيرة، مؤكدة: feminine; مشيرا، مؤكدا: masculine), and the gender of
/// a speaker as shown: a body or a title whose head word ends in ة is feminine (الحكومة اليونانية، وزارة العمل، المتحدثة)
/// and one whose head does not masculine (البيان، المجلس); أم and ابنة are women; other people's names, plural groups and
/// sources take either (non-human plurals agree in the feminine singular).
/// </summary>
internal static class GrammaticalGender
{
    public enum Gender { Either, Masculine, Feminine }

    public static Gender OfParticiple(string folded) =>
        folded.EndsWith("ين", StringComparison.Ordinal) || folded.EndsWith("ون", StringComparison.Ordinal) ? Gender.Either
        : folded.EndsWith('ه') ? Gender.Feminine
        : Gender.Masculine;

    /// <param name="speaker">The speaker as shown.</param>
    /// <param name="written">The words the text wrote for it, when they differ: a document shown as its issuer agrees
    /// as the document (قال البيان الذي أصدرته الجامعة ..., مشيرة is not the statement's).</param>
    public static Gender OfSpeaker(ResolvedSpeaker speaker, string? written = null)
    {
        if (speaker.Text is not { Length: > 0 } shown || speaker.Kind is SpeakerKind.Group or SpeakerKind.Anonymous or SpeakerKind.Unknown)
        {
            return Gender.Either;
        }
        var text = speaker.Kind == SpeakerKind.Organization && written is { Length: > 0 } ? written : shown;
        var first = text.Split(' ', 2)[0];
        if (first is "أم" or "ابنة")
        {
            return Gender.Feminine;
        }
        // A person's name says little (حمودة is a man's family name, هند a woman's name); a title or a body's head word does.
        if (speaker.Kind == SpeakerKind.Person)
        {
            return Gender.Either;
        }
        // الجهات الأمنية، السلطات: a plural in ات agrees in the feminine, as non-human plurals do.
        return first.EndsWith('ة') || first.EndsWith("ات", StringComparison.Ordinal) ? Gender.Feminine : Gender.Masculine;
    }
}
