namespace Marsad.Stories;

/// <summary>
/// The thresholds and windows of duplicate folding, event clustering and storyline linking, in one place.
/// The defaults were chosen on the seeds and on SaudiNewsNet by reading (see README's figures).
/// </summary>
public sealed record StoryOptions
{
    /// <summary>Estimated Jaccard of word 2-grams at or above which two texts are copies.</summary>
    public double DuplicateJaccard { get; init; } = 0.5;

    /// <summary>Share of the shorter text found in the longer at or above which it is a (cut) copy.</summary>
    public double DuplicateContainment { get; init; } = 0.8;

    /// <summary>Texts shorter than this many 2-grams are only folded as exact copies.</summary>
    public int MinShinglesForNearDuplicate { get; init; } = 15;

    /// <summary>Copies are looked for among articles this many days either side.</summary>
    public int DuplicateWindowDays { get; init; } = 3;

    /// <summary>
    /// Mean cosine similarity to an event's articles at or above which an article joins it. The mean over members
    /// (average link), not the similarity to their centroid: a centroid of many look-alike reports (every
    /// organisation's Eid reception) becomes the template itself and draws in every new look-alike, where the mean
    /// stays low because each report names someone else.
    /// </summary>
    public double EventSimilarity { get; init; } = 0.25;

    /// <summary>
    /// What an event member's similarity counts for when it names people or organizations and the article names
    /// others: same words, someone else's happening. 1 turns this off.
    /// </summary>
    public double OtherActors { get; init; } = 0.75;

    /// <summary>An article joins only events whose span, widened by this many days, holds its date.</summary>
    public int EventWindowDays { get; init; } = 2;

    /// <summary>
    /// The longest an event runs, from its first article: a happening is reported over a day or two, and without a
    /// bound a chain of similar reports (a daily forecast, the third relief flight after the second) grows one
    /// event for weeks.
    /// </summary>
    public double EventMaxSpanDays { get; init; } = 3;

    /// <summary>
    /// How fast similarity fades with the time between an article and the nearest article of an event, in days:
    /// the same happening is reported within hours, while a similar article days later is mostly a new turn.
    /// Zero turns the fading off.
    /// </summary>
    public double EventFadeDays { get; init; } = 3;

    /// <summary>Cosine similarity of a new event to a storyline's profile at or above which it joins it.</summary>
    public double StorylineSimilarity { get; init; } = 0.2;

    /// <summary>A storyline takes new events for this long after its last one.</summary>
    public int StorylineWindowDays { get; init; } = 400;

    /// <summary>How many of an article's heaviest terms are used to look up candidate events and storylines.</summary>
    public int LookupTerms { get; init; } = 24;

    /// <summary>How many of an event's or storyline's heaviest terms it is indexed under.</summary>
    public int IndexedTerms { get; init; } = 40;

    /// <summary>A term shared by more clusters than this in memory is too common to look candidates up by.</summary>
    public int MaxPostings { get; init; } = 400;

    /// <summary>How many of an article's lookup terms a cluster must share to be compared with it at all.</summary>
    public int MinSharedTerms { get; init; } = 3;

    public static StoryOptions Default { get; } = new();
}
