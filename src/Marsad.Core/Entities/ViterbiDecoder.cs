namespace Marsad.Entities;

/// <summary>
/// Finds the best tag sequence under a first-order model: per-token tag scores plus tag-to-tag transitions
/// (<see cref="Transitions"/>). Ill-formed sequences (an I- tag that does not continue its own type) are never
/// produced. Allocation-free given a <see cref="ViterbiScratch"/>.
/// </summary>
public static class ViterbiDecoder
{
    private const int Tags = BioTags.Count;

    /// <param name="emissions">Token <c>i</c>'s score for tag <c>t</c> at <c>[i * tags + t]</c>.</param>
    public static void Decode(ReadOnlySpan<float> emissions, int length, ReadOnlySpan<float> transitions,
        Span<BioTag> best, ViterbiScratch scratch)
    {
        if (length == 0)
        {
            return;
        }
        scratch.Ensure(length);
        var score = scratch.Scores;
        var back = scratch.Backpointers;
        // Tag to tag, with the ill-formed moves at minus infinity: never better than the best so far, which starts
        // there, so they are skipped without asking at every token whether each move is allowed.
        Span<float> moves = stackalloc float[Tags * Tags];
        for (var from = 0; from < Tags; from++)
        {
            for (var t = 0; t < Tags; t++)
            {
                moves[(from * Tags) + t] = BioTags.CanFollow((BioTag)from, (BioTag)t)
                    ? transitions[Transitions.Index(from, t)]
                    : float.NegativeInfinity;
            }
        }
        for (var t = 0; t < Tags; t++)
        {
            score[t] = BioTags.CanFollow(BioTag.Outside, (BioTag)t)
                ? transitions[Transitions.Index(Transitions.Start, t)] + emissions[t]
                : float.NegativeInfinity;
        }
        for (var i = 1; i < length; i++)
        {
            var previous = (i - 1) * Tags;
            var current = i * Tags;
            for (var t = 0; t < Tags; t++)
            {
                var bestScore = float.NegativeInfinity;
                var bestFrom = 0;
                for (var from = 0; from < Tags; from++)
                {
                    var candidate = score[previous + from] + moves[(from * Tags) + t];
                    if (candidate > bestScore)
                    {
                        bestScore = candidate;
                        bestFrom = from;
                    }
                }
                score[current + t] = bestScore + emissions[current + t];
                back[current + t] = (byte)bestFrom;
            }
        }
        var last = (length - 1) * Tags;
        var bestLast = 0;
        var bestTotal = float.NegativeInfinity;
        for (var t = 0; t < Tags; t++)
        {
            var total = score[last + t] + transitions[Transitions.Index(t, Transitions.End)];
            if (total > bestTotal)
            {
                bestTotal = total;
                bestLast = t;
            }
        }
        best[length - 1] = (BioTag)bestLast;
        for (var i = length - 1; i > 0; i--)
        {
            best[i - 1] = (BioTag)back[(i * Tags) + (int)best[i]];
        }
    }
}
