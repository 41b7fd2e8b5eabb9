using Marsad.Entities;
using Marsad.Quotes.Cues;
using Marsad.Quotes.Reading;
using Marsad.Quotes.Spans;
using Marsad.Quotes.Speakers;
using Marsad.Quotes.Vocabulary;

namespace Marsad.Quotes;

/// <summary>
/// Finds the quotations of an Arabic article and who said them. Rule-based, with no model: the whole chain, in
/// order, is
/// <list type="number">
/// <item><see cref="QuoteText"/>: words, paragraphs, quote marks paired (mirrored ones too), sentences (which end only
/// outside quote marks);</item>
/// <item><see cref="CueFinder"/>: the speech cues (قال، أكدت، مضيفا، بالقول، جاء فيها, and speech acts such as دعا
/// that only say who speaks);</item>
/// <item><see cref="ArticlePeople"/>: the people the article names with a title, so that a surname or a title alone
/// can be resolved; this must come before any cue is read, because a title is often named in full only later;</item>
/// <item>for each cue in text order: what it introduces (<see cref="QuotationReader"/>; a cue word that is also a
/// common other word, زاد or تابع, counts only when it introduces something), then its speaker (<see
/// cref="SpeakerTracker"/>, which remembers the last one for وأضاف and لكنه). A cue inside a quotation already read
/// is the quoted speaker's own word and is skipped.</item>
/// </list>
/// Quote marks that no cue introduces (names, titles, terms: «داعش»، "الحدث") are never quotations. Thread-safe:
/// all working state lives in one call.
/// </summary>
public sealed class QuotationExtractor(ISpeakerKeys keys, SpeakerRanker? ranker)
{
    private readonly QuoteLexicon lexicon = QuoteLexicon.Default;

    public QuotationExtractor()
        : this(FamilyNameKeys.Default)
    {
    }

    /// <summary>With the embedded speaker ranker, when the build has one.</summary>
    public QuotationExtractor(ISpeakerKeys keys)
        : this(keys, SpeakerRanker.Default)
    {
    }

    public static QuotationExtractor Default { get; } = new();

    /// <summary>The quotations of <paramref name="text"/> (an article's display text), in text order.</summary>
    public IReadOnlyList<Quotation> Find(string text) => Find(text, []);

    /// <summary>
    /// The quotations of <paramref name="text"/>, with the named entities already found in it (the pipeline's):
    /// their person spans say where a speaker's name ends. No entities: names are read from the words alone.
    /// </summary>
    public IReadOnlyList<Quotation> Find(string text, IReadOnlyList<ArticleEntity> entities) => Find(text, entities, null);

    /// <summary>
    /// The quotations of <paramref name="text"/>; each ranked cue's options, the one taken and the quotations it
    /// introduced are added to <paramref name="choices"/> when given (what <c>marsad train speakers</c> learns from).
    /// </summary>
    public IReadOnlyList<Quotation> Find(string text, IReadOnlyList<ArticleEntity> entities, List<SpeakerChoice>? choices)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(entities);
        var quoteText = new QuoteText(text);
        var cues = CueFinder.Find(quoteText, lexicon);
        if (cues.Count == 0)
        {
            // Most of the work below reads the article's people before any cue is resolved: with no cue, it is spared.
            return [];
        }
        var shapes = new WordShapes(quoteText, lexicon);
        var tagged = entities.Count == 0 ? EntitySpans.None : new EntitySpans(quoteText, entities);
        var phrases = new NounPhraseReader(shapes, tagged);
        var names = new PersonNames(shapes, tagged);
        var people = new ArticlePeople(shapes, phrases, names, tagged);
        var classifier = new SpeakerClassifier(shapes, names, people, new OrganizationNames(shapes, tagged), tagged,
            new SourcesNamedBefore(shapes, phrases));
        var subjects = new SubjectFinder(shapes, phrases);
        var speakers = new SpeakerTracker(shapes, subjects, new ClauseSubjects(shapes, subjects), classifier, people,
            new SpeakerOptions(shapes, people, tagged, keys), ranker, choices is not null);
        var reader = new QuotationReader(shapes, new ClauseEnds(shapes));

        var found = new List<Quotation>();
        var readUpTo = 0;
        foreach (var cue in cues)
        {
            if (quoteText.Start(cue.Word) < readUpTo)
            {
                continue;
            }
            // وزاد إجمالي السحب بنسبة: a word that is a cue only in some senses speaks only where it quotes something,
            // and otherwise must not become the speaker a later مبينا takes.
            var spans = cue.Use == CueUse.None ? [] : reader.Read(cue);
            if (cue.Ambiguous && spans.Count == 0)
            {
                continue;
            }
            var speaker = speakers.Resolve(cue);
            if (speaker is null || cue.Use == CueUse.None)
            {
                continue;
            }
            if (choices is not null && speakers.LastChoice is { } choice)
            {
                choice.Spans.AddRange(spans.Select(span => (span.Start, span.End)));
                choices.Add(choice);
            }
            foreach (var span in spans)
            {
                var how = span.GoesOn && speaker.Cue != SpeakerCue.None ? SpeakerCue.Continuation : speaker.Cue;
                found.Add(new Quotation(span.Start, span.End, text[span.Start..span.End], span.Direct, speaker.Text,
                    speaker.Text is null ? null : keys.KeyOf(speaker.Text, speaker.Kind), speaker.Kind, how,
                    speaker.Start, speaker.End));
                readUpTo = Math.Max(readUpTo, span.End);
            }
        }
        return found;
    }
}
