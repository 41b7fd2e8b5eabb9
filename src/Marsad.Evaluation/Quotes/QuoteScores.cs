using Marsad.Evaluation.Dates;

namespace Marsad.Evaluation.Quotes;

/// <summary>
/// Counts for one set of articles: quotations found and marked, how many match by overlap and exactly, and, of the
/// overlap matches, how many have the right direct flag and (where the gold names a speaker) the right speaker, and
/// how many of the wrong speakers are the gold one written shorter or longer (<see cref="SpeakersInOtherForm"/>).
/// </summary>
public sealed record QuoteScores(int Found, int Gold, int OverlapMatched, int ExactMatched, int DirectRight, int SpeakersChecked, int SpeakersRight,
    int SpeakersInOtherForm = 0)
{
    public static QuoteScores Zero { get; } = new(0, 0, 0, 0, 0, 0, 0, 0);

    public PrecisionRecall Overlap => new(OverlapMatched, Found, Gold);

    public PrecisionRecall Exact => new(ExactMatched, Found, Gold);

    public double DirectAccuracy => OverlapMatched == 0 ? 0 : (double)DirectRight / OverlapMatched;

    public double SpeakerAccuracy => SpeakersChecked == 0 ? 0 : (double)SpeakersRight / SpeakersChecked;

    public QuoteScores Add(QuoteScores other) => new(Found + other.Found, Gold + other.Gold, OverlapMatched + other.OverlapMatched,
        ExactMatched + other.ExactMatched, DirectRight + other.DirectRight, SpeakersChecked + other.SpeakersChecked,
        SpeakersRight + other.SpeakersRight, SpeakersInOtherForm + other.SpeakersInOtherForm);
}
