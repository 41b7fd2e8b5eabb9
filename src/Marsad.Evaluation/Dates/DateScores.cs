namespace Marsad.Evaluation.Dates;

/// <summary>One system's figures on a TimeML set.</summary>
/// <param name="Strict">Spans with exactly the annotators' offsets.</param>
/// <param name="Relaxed">Spans that overlap an annotation (one to one).</param>
/// <param name="TypeMatches">Relaxed matches whose type (DATE or TIME) agrees with the annotation.</param>
/// <param name="SetAside">System spans not scored: they overlap only an annotation of an unscored type
/// (DURATION, SET), which is neither right nor wrong for a DATE/TIME evaluation.</param>
/// <param name="ValuesChecked">Relaxed matches whose annotation has an explicit year in its text, so that its value
/// does not depend on a document date the set does not give; <paramref name="ValuesCorrect"/> of them agree.</param>
public sealed record DateScores(
    PrecisionRecall Strict,
    PrecisionRecall Relaxed,
    int TypeMatches,
    int SetAside,
    int ValuesChecked,
    int ValuesCorrect)
{
    public double TypeAccuracy => Relaxed.Matched == 0 ? 0 : (double)TypeMatches / Relaxed.Matched;
}
