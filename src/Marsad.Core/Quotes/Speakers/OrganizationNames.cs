namespace Marsad.Quotes.Speakers;

/// <summary>
/// An institution as a speaker: its name as written up to where the verb's object starts, a document shown as its
/// issuer (بيان للحكومة العراقية → الحكومة العراقية), and a bare الهيئة or المؤسسة shown as the institution the article
/// named in full before with that head word (هيئة السوق المالية السعودية). Working state of one extraction.
/// </summary>
internal sealed class OrganizationNames(WordShapes shapes)
{
    private readonly Dictionary<string, string> byHead = new(StringComparer.Ordinal);

    public ResolvedSpeaker Read(NounPhrase phrase, int head)
    {
        var text = shapes.Text;
        phrase = phrase with { Last = InstitutionEnd(head, phrase.Last) };
        var first = head;
        var display = text.Phrase(head, phrase.Last);
        // A document speaks for whoever issues it: بيان للحكومة العراقية is the government.
        if (shapes.Lexicon.Documents.Contains(text.Folded(head)) && head < phrase.Last && text.Folded(head + 1).StartsWith("لل", StringComparison.Ordinal))
        {
            first = head + 1;
            display = string.Concat("ال", text.Display(head + 1)[2..], text.Text.AsSpan(text.End(head + 1), text.End(phrase.Last) - text.End(head + 1)));
        }
        if (first == phrase.Last && byHead.GetValueOrDefault(Bare(text.Folded(first))) is { } named)
        {
            display = named;
        }
        else if (phrase.Last > first)
        {
            byHead[Bare(text.Folded(first))] = display;
        }
        return new ResolvedSpeaker(display, SpeakerKind.Organization, SpeakerCue.Description, text.Start(phrase.First), text.End(phrase.Last));
    }

    /// <summary>
    /// An institution's name ends where a word without ال follows one with it: أكدت المؤسسة العامة للخطوط الحديدية
    /// انتظام الرحلات has its object after it. A head without ال takes any complement (شركة أرامكو السعودية).
    /// </summary>
    private int InstitutionEnd(int head, int last)
    {
        var text = shapes.Text;
        for (var k = head + 1; k <= last; k++)
        {
            // لمهرجان جدة: a complement joined by لـ takes its own complement.
            if (shapes.IsDefinite(k - 1) && !shapes.IsDefinite(k) && !text.Folded(k).StartsWith('ل'))
            {
                return k - 1;
            }
        }
        return last;
    }

    private static string Bare(string folded) =>
        folded.StartsWith("ال", StringComparison.Ordinal) && folded.Length > 4 ? folded[2..] : folded;
}
