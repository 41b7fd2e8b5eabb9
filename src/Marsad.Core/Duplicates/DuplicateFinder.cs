namespace Marsad.Duplicates;

/// <summary>
/// Finds whether an article copies one already seen: first by the hash of its folded text (exact copies),
/// then by MinHash-LSH candidates checked against the thresholds. Holds the fingerprints of a sliding window
/// of days; the caller loads and evicts days.
/// </summary>
public sealed class DuplicateFinder(Stories.StoryOptions options)
{
    private readonly LshIndex lsh = new();
    private readonly Dictionary<string, ArticleFingerprint> byId = new(StringComparer.Ordinal);
    private readonly Dictionary<ulong, string> byTextKey = [];

    public int Count => byId.Count;

    public bool Contains(string id) => byId.ContainsKey(id);

    public void Add(ArticleFingerprint fingerprint)
    {
        Remove(fingerprint.Id);
        byId[fingerprint.Id] = fingerprint;
        byTextKey.TryAdd(fingerprint.TextKey, fingerprint.Id);
        if (IsNearDuplicateCandidate(fingerprint.Signature))
        {
            lsh.Add(fingerprint.Id, fingerprint.Signature);
        }
    }

    public void Remove(string id)
    {
        if (!byId.Remove(id, out var old))
        {
            return;
        }
        if (byTextKey.TryGetValue(old.TextKey, out var holder) && holder == id)
        {
            byTextKey.Remove(old.TextKey);
        }
        if (IsNearDuplicateCandidate(old.Signature))
        {
            lsh.Remove(id, old.Signature);
        }
    }

    /// <summary>The canonical article this one copies, within <paramref name="day"/> ± the window, if any.</summary>
    public DuplicateMatch? Find(string id, MinHashSignature signature, ulong textKey, int day)
    {
        if (byTextKey.TryGetValue(textKey, out var exactId) && exactId != id
            && byId.TryGetValue(exactId, out var exact) && Math.Abs(exact.Day - day) <= options.DuplicateWindowDays)
        {
            return new DuplicateMatch(exact, 1, 1, true);
        }
        if (!IsNearDuplicateCandidate(signature))
        {
            return null;
        }
        DuplicateMatch? best = null;
        foreach (var candidateId in lsh.Candidates(signature))
        {
            var candidate = byId[candidateId];
            if (candidateId == id || Math.Abs(candidate.Day - day) > options.DuplicateWindowDays)
            {
                continue;
            }
            var jaccard = signature.EstimateJaccard(candidate.Signature);
            var containment = signature.EstimateContainment(candidate.Signature);
            var isCopy = jaccard >= options.DuplicateJaccard || containment >= options.DuplicateContainment;
            if (isCopy && (best is null || jaccard > best.Jaccard))
            {
                best = new DuplicateMatch(candidate, jaccard, containment, false);
            }
        }
        return best;
    }

    /// <summary>Evicts fingerprints of days before <paramref name="firstDayKept"/>.</summary>
    public void EvictBefore(int firstDayKept)
    {
        foreach (var old in byId.Values.Where(f => f.Day < firstDayKept).ToList())
        {
            Remove(old.Id);
        }
    }

    private bool IsNearDuplicateCandidate(MinHashSignature signature) =>
        signature.ShingleCount >= options.MinShinglesForNearDuplicate;
}
