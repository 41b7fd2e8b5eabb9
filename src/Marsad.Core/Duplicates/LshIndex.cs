using Marsad.Text;

namespace Marsad.Duplicates;

/// <summary>
/// Locality-sensitive hashing over MinHash signatures: the signature is cut into bands of
/// <see cref="RowsPerBand"/> rows, and two articles become candidates when any band is equal. With 42 bands
/// of 3 rows, pairs at Jaccard 0.45 are found 98% of the time and pairs at 0.2 rarely; candidates are then
/// checked against the signature itself.
/// </summary>
public sealed class LshIndex
{
    public const int RowsPerBand = 3;
    public const int Bands = MinHasher.Permutations / RowsPerBand;

    private readonly Dictionary<ulong, List<string>> buckets = [];

    public int Count { get; private set; }

    public void Add(string id, MinHashSignature signature)
    {
        foreach (var key in BandKeys(signature))
        {
            if (!buckets.TryGetValue(key, out var ids))
            {
                buckets[key] = ids = new List<string>(1);
            }
            ids.Add(id);
        }
        Count++;
    }

    public void Remove(string id, MinHashSignature signature)
    {
        foreach (var key in BandKeys(signature))
        {
            if (buckets.TryGetValue(key, out var ids) && ids.Remove(id) && ids.Count == 0)
            {
                buckets.Remove(key);
            }
        }
        Count--;
    }

    public HashSet<string> Candidates(MinHashSignature signature)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in BandKeys(signature))
        {
            if (buckets.TryGetValue(key, out var ids))
            {
                found.UnionWith(ids);
            }
        }
        return found;
    }

    private static IEnumerable<ulong> BandKeys(MinHashSignature signature)
    {
        for (var band = 0; band < Bands; band++)
        {
            var key = (ulong)band;
            for (var row = 0; row < RowsPerBand; row++)
            {
                key = StableHash.Combine(key, signature.Values[band * RowsPerBand + row]);
            }
            yield return key;
        }
    }
}
