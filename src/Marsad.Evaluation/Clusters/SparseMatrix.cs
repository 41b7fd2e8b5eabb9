namespace Marsad.Evaluation.Clusters;

/// <summary>A sparse matrix in compressed rows, with the products randomized SVD needs (by a dense block of columns).</summary>
internal sealed class SparseMatrix(int rows, int columns, int[] rowStarts, int[] columnIndexes, float[] values)
{
    public int Rows => rows;

    public int Columns => columns;

    public int NonZeros => values.Length;

    /// <summary>This matrix times <paramref name="dense"/> (columns × k, row-major): rows × k.</summary>
    public double[] Times(double[] dense, int k)
    {
        var result = new double[rows * k];
        Parallel.For(0, rows, new ParallelOptions { MaxDegreeOfParallelism = 2 }, r =>
        {
            var target = result.AsSpan(r * k, k);
            for (var e = rowStarts[r]; e < rowStarts[r + 1]; e++)
            {
                var source = dense.AsSpan(columnIndexes[e] * k, k);
                var value = values[e];
                for (var j = 0; j < k; j++)
                {
                    target[j] += value * source[j];
                }
            }
        });
        return result;
    }

    /// <summary>The transpose of this matrix times <paramref name="dense"/> (rows × k, row-major): columns × k.</summary>
    public double[] TransposeTimes(double[] dense, int k)
    {
        var result = new double[columns * k];
        for (var r = 0; r < rows; r++)
        {
            var source = dense.AsSpan(r * k, k);
            for (var e = rowStarts[r]; e < rowStarts[r + 1]; e++)
            {
                var target = result.AsSpan(columnIndexes[e] * k, k);
                var value = values[e];
                for (var j = 0; j < k; j++)
                {
                    target[j] += value * source[j];
                }
            }
        }
        return result;
    }
}
