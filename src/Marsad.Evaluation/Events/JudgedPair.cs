namespace Marsad.Evaluation.Events;

/// <summary>Two articles and a reader's judgement: the same event? the same storyline?</summary>
public sealed record JudgedPair(string A, string B, bool SameEvent, bool SameStoryline);
