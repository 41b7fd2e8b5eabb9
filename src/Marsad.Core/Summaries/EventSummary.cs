namespace Marsad.Summaries;

/// <summary>What an event comes to: a representative headline, a few central sentences from several outlets, and the facts they agree on.</summary>
public sealed record EventSummary(string Headline, IReadOnlyList<SummarySentence> Sentences, IReadOnlyList<AgreedFact> Facts)
{
    public string Text => string.Join(" ", Sentences.Select(s => s.Text));
}
