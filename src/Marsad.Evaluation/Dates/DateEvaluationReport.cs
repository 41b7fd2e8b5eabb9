namespace Marsad.Evaluation.Dates;

/// <summary>The figures of one <c>marsad eval dates</c> run, with the data they came from.</summary>
public sealed record DateEvaluationReport(
    string Folder,
    int Documents,
    int GoldMentions,
    int UnscoredGoldMentions,
    IReadOnlyList<SystemResult> Systems);
