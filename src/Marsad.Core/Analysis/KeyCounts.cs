using System.Collections.Concurrent;
using Marsad.Text;

namespace Marsad.Analysis;

/// <summary>
/// Sums a weight per match key over one text's words: by the key's number (<see cref="MatchToken.KeyId"/>) in arrays
/// where it has one, in a table by its letters where it has none. Hashing every word's key into a table was a
/// twentieth of a plain ingest's time. Rented from a shared pool and returned when disposed (<see cref="Rent"/>): a
/// pair of arrays per thread made a large object for every worker a stream starts, and each pushed the collector
/// towards a full collection. The arrays are never cleared; a generation stamp tells this text's sums from old ones.
/// </summary>
internal sealed class KeyCounts : IDisposable
{
    private static readonly ConcurrentBag<KeyCounts> Pool = [];

    // Sized for the keys numbered so far and grown with them: a table for every number there could be was a large
    // object five times the size a whole corpus needs (SaudiNewsNet's text has about 100,000 keys).
    private float[] sums = new float[MatchKeys.Numbered];
    private int[] stamps = new int[MatchKeys.Numbered];
    private readonly List<(string Key, int Id)> numbered = [];
    private readonly Dictionary<string, float> unnumbered = new(StringComparer.Ordinal);
    private int generation;

    /// <summary>Empty counts, for one text; dispose them to give them back.</summary>
    public static KeyCounts Rent()
    {
        var counts = Pool.TryTake(out var pooled) ? pooled : new KeyCounts();
        counts.Clear();
        return counts;
    }

    public void Dispose() => Pool.Add(this);

    public void Add(MatchToken token, float weight)
    {
        var id = token.KeyId;
        if (id < 0)
        {
            unnumbered[token.Key] = unnumbered.GetValueOrDefault(token.Key) + weight;
            return;
        }
        if (id >= stamps.Length)
        {
            var size = MatchKeys.GrownSize(stamps.Length, id);
            Array.Resize(ref sums, size);
            Array.Resize(ref stamps, size);
        }
        if (stamps[id] != generation)
        {
            stamps[id] = generation;
            sums[id] = 0;
            numbered.Add((token.Key, id));
        }
        sums[id] += weight;
    }

    /// <summary>Each key counted, with its number (<see cref="MatchKeys.NoId"/> for none) and its sum.</summary>
    public IEnumerable<(string Key, int Id, float Sum)> Entries()
    {
        foreach (var (key, id) in numbered)
        {
            yield return (key, id, sums[id]);
        }
        foreach (var (key, sum) in unnumbered)
        {
            yield return (key, MatchKeys.NoId, sum);
        }
    }

    private void Clear()
    {
        numbered.Clear();
        unnumbered.Clear();
        if (++generation == int.MaxValue)
        {
            Array.Clear(stamps);
            generation = 1;
        }
    }
}
