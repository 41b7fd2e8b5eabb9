namespace Marsad.Quotes.Speakers;

/// <summary>
/// وأعلن مصدر في قوات البيشمركة مقتل ... وقال المصدر إن: a bare المصدر (or المصادر) is the source the text described
/// last before it, though nobody was quoted then.
/// </summary>
internal sealed class SourcesNamedBefore(WordShapes shapes, NounPhraseReader phrases)
{
    private const int MaxWordsBack = 400;

    /// <summary>The source word <paramref name="word"/> (with ال) stands for, described in full, or null.</summary>
    public ResolvedSpeaker? Find(int word)
    {
        var text = shapes.Text;
        var folded = text.Folded(word);
        if (!folded.StartsWith("ال", StringComparison.Ordinal))
        {
            return null;
        }
        var k = text.MentionsBefore(word, WordShapes.WithoutArticle(folded), MaxWordsBack).DefaultIfEmpty(-1).First();
        return k >= 0 && phrases.ReadForward(k) is { Count: > 1 } described && described.First == k && EndsCleanly(described)
            ? new ResolvedSpeaker(text.Phrase(described.First, described.Last), SpeakerKind.Anonymous, SpeakerCue.Description,
                text.Start(word), text.End(word))
            : null;
    }

    /// <summary>
    /// The phrase is followed by a word that ends a subject (a time, a preposition, أن, a verb), by punctuation (its
    /// words: a colon, quote marks) or by its sentence's end.
    /// </summary>
    private bool EndsCleanly(NounPhrase phrase)
    {
        var text = shapes.Text;
        var next = phrase.Last + 1;
        return next >= text.Count || text.Sentence(next) != text.Sentence(phrase.Last) || !text.GapBefore(next).IsWhiteSpace()
            || shapes.EndsSubject(next);
    }
}
