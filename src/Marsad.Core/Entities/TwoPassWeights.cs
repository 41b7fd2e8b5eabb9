using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Marsad.Entities;

/// <summary>
/// The first pass's and the document pass's weights in one table, so that one lookup per feature scores a token
/// for both passes (the document pass scores every sentence feature again). Row <c>r</c> holds the first pass's
/// eight leading tag weights, the second pass's eight, then the ninth of each: two 32-byte loads and two scalars.
/// A feature one pass lacks has zeros there, which add nothing: sums start at +0 and no weight is -0.
/// Built once per model; read-only, so one instance serves every thread.
/// </summary>
internal sealed class TwoPassWeights
{
    /// <summary>Floats in a row: the first pass's weights for each tag, then the second's (laid out as said above).</summary>
    public const int RowSize = 2 * Tags;

    private const int Tags = BioTags.Count;
    private const int Lanes = 8;

    private readonly FeatureTable table;
    private readonly float[] rows;

    /// <summary>Each sentence feature's row, per thread: the table is shared, the lookups' results are not.</summary>
    [ThreadStatic]
    private static int[]? rowBuffer;

    /// <summary>Each token's summed rows, per thread.</summary>
    [ThreadStatic]
    private static float[]? sumBuffer;

    private static Span<int> RowBuffer(int length)
    {
        if (rowBuffer is null || rowBuffer.Length < length)
        {
            rowBuffer = new int[Math.Max(length, 4096)];
        }
        return rowBuffer.AsSpan(0, length);
    }

    private static Span<float> SumBuffer(int length)
    {
        if (sumBuffer is null || sumBuffer.Length < length)
        {
            sumBuffer = new float[Math.Max(length, 4096)];
        }
        return sumBuffer.AsSpan(0, length);
    }

    /// <param name="second">The document pass's weights; without a document pass, none (the second sums stay zero).</param>
    public TwoPassWeights(NerWeights first, NerWeights? second)
    {
        var rowOfKey = new Dictionary<ulong, int>();
        var keys = new List<ulong>();
        var filled = new List<(int Row, int Pass, ReadOnlyMemory<float> Weights)>();
        foreach (var (pass, weights) in (ReadOnlySpan<(int, NerWeights?)>)[(0, first), (1, second)])
        {
            if (weights is null)
            {
                continue;
            }
            foreach (var (key, row) in weights.Rows)
            {
                if (!rowOfKey.TryGetValue(key, out var r))
                {
                    r = keys.Count;
                    rowOfKey.Add(key, r);
                    keys.Add(key);
                }
                filled.Add((r, pass, row));
            }
        }
        table = new FeatureTable(keys);
        rows = new float[keys.Count * RowSize];
        foreach (var (row, pass, weights) in filled)
        {
            var source = weights.Span;
            var start = row * RowSize;
            source[..Lanes].CopyTo(rows.AsSpan(start + (pass * Lanes), Lanes));
            rows[start + (2 * Lanes) + pass] = source[Lanes];
        }
    }

    /// <summary>
    /// Sums each token's feature rows from zero into <paramref name="first"/> and <paramref name="second"/>
    /// (<c>[token * tags + tag]</c>), feature by feature in order, as <see cref="NerWeights.Score"/> does.
    /// </summary>
    public void Score(SentenceFeatures features, Span<float> first, Span<float> second)
    {
        var size = features.TokenCount * Tags;
        first[..size].Clear();
        second[..size].Clear();
        var sums = SumEach(features);
        for (var i = 0; i < features.TokenCount; i++)
        {
            Add(sums.Slice(i * RowSize, RowSize), i, first, second);
        }
    }

    /// <summary>
    /// Each token's feature rows summed from zero, feature by feature in order, into a row of its own:
    /// <c>[token * RowSize ..]</c> of a buffer that is valid until the next call on this thread.
    /// </summary>
    public Span<float> SumEach(SentenceFeatures features)
    {
        ref var weights = ref MemoryMarshal.GetArrayDataReference(rows);
        var keys = features.Keys;
        var rowOfKey = RowBuffer(keys.Length);
        table.RowsOf(keys, rowOfKey);
        foreach (var row in rowOfKey)
        {
            // The rows are read only below, all of them: asked for now, they arrive together.
            if (row >= 0)
            {
                FeatureTable.Prefetch(ref Unsafe.Add(ref weights, row * RowSize));
                FeatureTable.Prefetch(ref Unsafe.Add(ref weights, (row * RowSize) + RowSize - 1));
            }
        }
        var sums = SumBuffer(features.TokenCount * RowSize);
        var next = 0;
        for (var i = 0; i < features.TokenCount; i++)
        {
            var sumOne = Vector256<float>.Zero;
            var sumTwo = Vector256<float>.Zero;
            var lastOne = 0f;
            var lastTwo = 0f;
            var count = features.Of(i).Length;
            foreach (var row in rowOfKey.Slice(next, count))
            {
                if (row >= 0)
                {
                    ref var source = ref Unsafe.Add(ref weights, row * RowSize);
                    sumOne += Vector256.LoadUnsafe(ref source);
                    sumTwo += Vector256.LoadUnsafe(ref Unsafe.Add(ref source, Lanes));
                    lastOne += Unsafe.Add(ref source, 2 * Lanes);
                    lastTwo += Unsafe.Add(ref source, (2 * Lanes) + 1);
                }
            }
            next += count;
            var sum = sums.Slice(i * RowSize, RowSize);
            sumOne.CopyTo(sum);
            sumTwo.CopyTo(sum[Lanes..]);
            sum[2 * Lanes] = lastOne;
            sum[(2 * Lanes) + 1] = lastTwo;
        }
        return sums;
    }

    /// <summary>Adds a row (or a sum of rows) to token <paramref name="token"/>'s scores for both passes.</summary>
    public static void Add(ReadOnlySpan<float> row, int token, Span<float> first, Span<float> second)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(row.Length, RowSize, nameof(row));
        ArgumentOutOfRangeException.ThrowIfGreaterThan((token + 1) * Tags, Math.Min(first.Length, second.Length), nameof(token));
        ref var source = ref MemoryMarshal.GetReference(row);
        ref var one = ref first[token * Tags];
        ref var two = ref second[token * Tags];
        (Vector256.LoadUnsafe(ref one) + Vector256.LoadUnsafe(ref source)).StoreUnsafe(ref one);
        (Vector256.LoadUnsafe(ref two) + Vector256.LoadUnsafe(ref Unsafe.Add(ref source, Lanes))).StoreUnsafe(ref two);
        Unsafe.Add(ref one, Lanes) += Unsafe.Add(ref source, 2 * Lanes);
        Unsafe.Add(ref two, Lanes) += Unsafe.Add(ref source, (2 * Lanes) + 1);
    }
}
