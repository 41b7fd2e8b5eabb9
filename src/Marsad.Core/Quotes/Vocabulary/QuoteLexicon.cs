using System.Collections.Frozen;
using Marsad.Text;

namespace Marsad.Quotes.Vocabulary;

/// <summary>Every vocabulary table of the quotation extractor, folded and indexed once, shared by all threads.</summary>
internal sealed class QuoteLexicon
{
    private readonly FrozenDictionary<string, CueEntry>.AlternateLookup<ReadOnlySpan<char>> cues;

    public QuoteLexicon()
    {
        var entries = new Dictionary<string, CueEntry>(StringComparer.Ordinal);
        foreach (var verb in SpeechVerbs.All)
        {
            Add(entries, verb.Finite, new CueEntry(CueForm.Verb, verb.Use, verb.ClauseInitialOnly));
            Add(entries, verb.Participles, new CueEntry(CueForm.Participle, verb.Use, verb.ClauseInitialOnly));
        }
        Add(entries, string.Join(' ', SpeechNouns.All), new CueEntry(CueForm.Noun, CueUse.Words, false));
        Add(entries, string.Join(' ', PassiveCues.All), new CueEntry(CueForm.Passive, CueUse.Words, false));
        // Speech acts that quote nothing: they only say who speaks now (and end an earlier cue's reach).
        Add(entries, string.Join(' ', SpeakerSetters.Verbs), new CueEntry(CueForm.Verb, CueUse.None, false));
        Add(entries, string.Join(' ', SpeakerSetters.Participles), new CueEntry(CueForm.Participle, CueUse.None, false));
        cues = entries.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static QuoteLexicon Default { get; } = new();

    /// <summary>Learned from the news, not listed: how often a word is inside a person's name.</summary>
    public NameShares NameShares { get; } = NameShares.Default;

    public FoldedWords Complementizers { get; } = new(Vocabulary.Complementizers.All);

    public FoldedWords ComplementizerBlockers { get; } = new(Vocabulary.Complementizers.Blockers);

    public FoldedWords ImpersonalOpeners { get; } = new(Vocabulary.Complementizers.ImpersonalOpeners);

    public FoldedWords ClauseEndPhrases { get; } = new(NarratorWords.AfterComma);

    public FoldedWords FimaKeepsGoingBefore { get; } = new(NarratorWords.FimaKeepsGoingBefore);

    public FoldedWords AdverbsNotParticiples { get; } = new(NarratorWords.AdverbsNotParticiples);

    public FoldedWords NameIntroducers { get; } = new(Vocabulary.NameIntroducers.All);

    public FoldedWords ListHeadings { get; } = new(NarratorWords.ListHeadings);

    public FoldedWords DocumentVerbs { get; } = new(DocumentCues.Verbs);

    public FoldedWords DocumentPointingBack { get; } = new(DocumentCues.PointingBack);

    public FoldedWords DocumentNaming { get; } = new(DocumentCues.Naming);

    public FoldedWords Titles { get; } = new(TitleWords.All);

    public FoldedWords Institutions { get; } = new(InstitutionWords.All);

    public FoldedWords Documents { get; } = new(InstitutionWords.Documents);

    public FoldedWords NamedAfterRoyals { get; } = new(InstitutionWords.NamedAfterRoyals);

    public FoldedWords DocumentOrigins { get; } = new(InstitutionWords.Origins);

    public FoldedWords DocumentIssuedBy { get; } = new(InstitutionWords.IssuedBy);

    public FoldedWords Anonymous { get; } = new(SourceWords.Anonymous);

    public FoldedWords Groups { get; } = new(SourceWords.Groups);

    public FoldedWords GroupLeads { get; } = new(SourceWords.GroupLead);

    public FoldedWords Stoppers { get; } = new(SubjectWords.Stoppers);

    public FoldedWords Pronouns { get; } = new(SubjectWords.Pronouns);

    public FoldedWords Honorifics { get; } = new(SubjectWords.Honorifics);

    public FoldedWords Occasions { get; } = new(SubjectWords.Occasions);

    public FoldedWords Beliefs { get; } = new(SpeechNouns.Beliefs);

    public FoldedWords Addressees { get; } = new(SubjectWords.Addressees);

    public FoldedWords Media { get; } = new(SubjectWords.Media);

    public FoldedWords NameLinks { get; } = new(SubjectWords.NameLinks);

    public FoldedWords ClauseLeads { get; } = new(SubjectWords.ClauseLeads);

    public FoldedWords NonSpeakers { get; } = new(SubjectWords.NonSpeakers);

    public FoldedWords GodsEpithets { get; } = new(SubjectWords.GodsEpithets);

    /// <summary>
    /// The cue a folded word is, trying it as written and then without a joined و or ف (وقال، فأضاف). Of the verbs
    /// two letters long, only عدّ "counted as" is tried so: it is a cue only at a clause's head, where وعد is mostly
    /// it; وحث read as a speech act took its object into its subject more often than it helped.
    /// </summary>
    public CueEntry? Cue(ReadOnlySpan<char> folded)
    {
        if (cues.TryGetValue(folded, out var entry))
        {
            return entry;
        }
        return folded.Length > 2 && folded[0] is '\u0648' or '\u0641' && cues.TryGetValue(folded[1..], out entry)
            && (folded.Length > 3 || entry.ClauseInitialOnly) ? entry : null;
    }

    private static void Add(Dictionary<string, CueEntry> entries, string forms, CueEntry entry)
    {
        foreach (var form in forms.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            // The first table to name a form wins: a verb of saying before a speaker-setter of the same spelling.
            entries.TryAdd(ArabicFolder.Fold(form), entry);
        }
    }
}
