namespace Marsad.Evaluation.Dates;

/// <summary>The figures of one <c>marsad eval dates</c> run, with the data they came from.</summary>
/// <param name="MarsadMillisecondsPer3000Chars">Marsad's speed once warm: the best of <see cref="DateEvaluation.SpeedPasses"/> passes over the set.</param>
public sealed record DateEvaluationReport(
    string Folder,
    int Documents,
    int Characters,
    int GoldMentions,
    int UnscoredGoldMentions,
    IReadOnlyList<SystemResult> Systems,
    double MarsadMillisecondsPer3000Chars);
