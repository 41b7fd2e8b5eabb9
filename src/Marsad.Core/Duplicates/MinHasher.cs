using System.Numerics;
using Marsad.Text;

namespace Marsad.Duplicates;

/// <summary>
/// Computes MinHash signatures over word 2-grams of the folded text (stopwords included: word order and
/// function words are what make a copy a copy). Each of the <see cref="Permutations"/> hash functions is an
/// odd multiply and an add on the 32-bit shingle hash (a bijection of 32-bit words), then an xor-shift to mix
/// the high bits down; the constants come from a fixed seed so signatures stay comparable forever. The hash
/// functions run side by side in SIMD lanes.
/// </summary>
public sealed class MinHasher
{
    public const int Permutations = 128;

    private readonly uint[] multipliers = new uint[Permutations];
    private readonly uint[] increments = new uint[Permutations];

    public MinHasher()
    {
        var state = 0x5EED_3A45_AD00_0001UL;
        for (var i = 0; i < Permutations; i++)
        {
            multipliers[i] = (uint)StableHash.Mix(state += 0x9E3779B97F4A7C15UL) | 1u;
            increments[i] = (uint)StableHash.Mix(state += 0x9E3779B97F4A7C15UL);
        }
    }

    public static MinHasher Default { get; } = new();

    public MinHashSignature Compute(string text) => Compute(MatchKeyAnalyzer.Default.Analyze(text));

    /// <summary>The signature of already analyzed words (their folded hashes, in text order).</summary>
    public MinHashSignature Compute(IReadOnlyList<MatchToken> words)
    {
        var shingles = Shingles(words);
        var values = new uint[Permutations];
        Array.Fill(values, uint.MaxValue);
        var width = Vector<uint>.Count;
        foreach (var shingle in shingles)
        {
            var x = new Vector<uint>((uint)shingle ^ (uint)(shingle >> 32));
            for (var i = 0; i < Permutations; i += width)
            {
                var h = new Vector<uint>(multipliers, i) * x + new Vector<uint>(increments, i);
                h ^= h >>> 15;
                Vector.Min(h, new Vector<uint>(values, i)).CopyTo(values, i);
            }
        }
        return new MinHashSignature(values, shingles.Count);
    }

    /// <summary>Each thread's set of shingles, cleared for every text: a fresh one per article was 3% of an ingest's garbage.</summary>
    [ThreadStatic]
    private static HashSet<ulong>? shinglesScratch;

    /// <summary>The distinct hashes of consecutive folded word pairs, in a set the next call on this thread reuses.</summary>
    private static HashSet<ulong> Shingles(IReadOnlyList<MatchToken> words)
    {
        var shingles = shinglesScratch ??= [];
        shingles.Clear();
        shingles.EnsureCapacity(words.Count - 1);
        for (var i = 1; i < words.Count; i++)
        {
            shingles.Add(StableHash.Combine(words[i - 1].FoldedHash, words[i].FoldedHash));
        }
        if (words.Count == 1)
        {
            shingles.Add(words[0].FoldedHash);
        }
        return shingles;
    }
}
