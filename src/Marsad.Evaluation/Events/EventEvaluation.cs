using Marsad.Storage;

namespace Marsad.Evaluation.Events;

/// <summary>
/// Scores the events and storylines in a store against judged pairs: for each pair, did Marsad put the two
/// articles in one event (one storyline), and should it have?
/// </summary>
public static class EventEvaluation
{
    public sealed record Result(PairwiseScore Events, PairwiseScore Storylines, int PairsMissing);

    public static Result Score(IStoryReader reader, IEnumerable<JudgedPair> pairs)
    {
        var events = new List<(bool, bool)>();
        var storylines = new List<(bool, bool)>();
        var missing = 0;
        foreach (var pair in pairs)
        {
            var a = reader.Article(pair.A);
            var b = reader.Article(pair.B);
            if (a is null || b is null)
            {
                missing++;
                continue;
            }
            events.Add((a.EventId == b.EventId, pair.SameEvent));
            storylines.Add((a.StorylineId == b.StorylineId, pair.SameStoryline));
        }
        return new Result(PairwiseScore.Of(events), PairwiseScore.Of(storylines), missing);
    }
}
