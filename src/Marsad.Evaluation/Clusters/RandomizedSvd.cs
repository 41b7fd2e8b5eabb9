namespace Marsad.Evaluation.Clusters;

/// <summary>
/// The leading left singular vectors of a sparse matrix, by randomized SVD (Halko, Martinsson and Tropp 2011):
/// multiply by a seeded Gaussian block, sharpen with power iterations, orthonormalize, then solve the small
/// problem exactly. Returns rows × rank values, row-major, each column scaled by the square root of its singular
/// value (the usual weighting for word vectors).
/// </summary>
internal static class RandomizedSvd
{
    public static double[] LeftVectors(SparseMatrix matrix, int rank, int powerIterations, int seed)
    {
        var k = rank + 10;
        var random = new Random(seed);
        var omega = new double[matrix.Columns * k];
        for (var i = 0; i < omega.Length; i++)
        {
            omega[i] = Gaussian(random);
        }
        var q = matrix.Times(omega, k);
        Orthonormalize(q, matrix.Rows, k);
        for (var iteration = 0; iteration < powerIterations; iteration++)
        {
            var z = matrix.TransposeTimes(q, k);
            Orthonormalize(z, matrix.Columns, k);
            q = matrix.Times(z, k);
            Orthonormalize(q, matrix.Rows, k);
        }

        // B = Qᵀ A is k × columns; B Bᵀ = Zᵀ Z with Z = Aᵀ Q. Its eigenvectors rotate Q onto A's singular vectors.
        var zt = matrix.TransposeTimes(q, k);
        var gram = new double[k * k];
        for (var c = 0; c < matrix.Columns; c++)
        {
            var row = zt.AsSpan(c * k, k);
            for (var a = 0; a < k; a++)
            {
                var value = row[a];
                if (value == 0)
                {
                    continue;
                }
                for (var b = a; b < k; b++)
                {
                    gram[(a * k) + b] += value * row[b];
                }
            }
        }
        for (var a = 0; a < k; a++)
        {
            for (var b = 0; b < a; b++)
            {
                gram[(a * k) + b] = gram[(b * k) + a];
            }
        }
        var (eigenvalues, eigenvectors) = SymmetricEigen.Decompose(gram, k);

        var result = new double[matrix.Rows * rank];
        for (var r = 0; r < matrix.Rows; r++)
        {
            var source = q.AsSpan(r * k, k);
            for (var j = 0; j < rank; j++)
            {
                var sum = 0.0;
                for (var a = 0; a < k; a++)
                {
                    sum += source[a] * eigenvectors[(a * k) + j];
                }
                result[(r * rank) + j] = sum * Math.Pow(Math.Max(eigenvalues[j], 0), 0.25);
            }
        }
        return result;
    }

    /// <summary>Modified Gram-Schmidt on the k columns of a rows × k row-major block.</summary>
    private static void Orthonormalize(double[] block, int rows, int k)
    {
        for (var j = 0; j < k; j++)
        {
            for (var i = 0; i < j; i++)
            {
                var dot = 0.0;
                for (var r = 0; r < rows; r++)
                {
                    dot += block[(r * k) + i] * block[(r * k) + j];
                }
                for (var r = 0; r < rows; r++)
                {
                    block[(r * k) + j] -= dot * block[(r * k) + i];
                }
            }
            var norm = 0.0;
            for (var r = 0; r < rows; r++)
            {
                norm += block[(r * k) + j] * block[(r * k) + j];
            }
            norm = Math.Sqrt(norm);
            for (var r = 0; r < rows; r++)
            {
                block[(r * k) + j] = norm > 0 ? block[(r * k) + j] / norm : 0;
            }
        }
    }

    private static double Gaussian(Random random)
    {
        var u = 1.0 - random.NextDouble();
        var v = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * v);
    }
}
