namespace Marsad.Evaluation.Clusters;

/// <summary>
/// A binary tree over unit vectors by repeated 2-means (cosine similarity): each node's points are split in two
/// until a node is small or deep enough, and a point's bit path is the branches taken down to its leaf, so path
/// prefixes give clusters from coarse to fine, as Brown paths do. Deterministic: the first centroid is the point
/// farthest from the node's mean, the second the point farthest from the first.
/// </summary>
internal sealed class BisectingKMeans(int dimensions, int minLeaf, int maxDepth)
{
    public string[] Paths(double[] vectors)
    {
        var count = vectors.Length / dimensions;
        var paths = new string[count];
        var stack = new Stack<(int[] Members, string Path)>();
        stack.Push((Enumerable.Range(0, count).ToArray(), ""));
        while (stack.Count > 0)
        {
            var (members, path) = stack.Pop();
            if (members.Length < 2 * minLeaf || path.Length >= maxDepth || !TrySplit(vectors, members, out var left, out var right))
            {
                foreach (var m in members)
                {
                    paths[m] = path.Length > 0 ? path : "0";
                }
                continue;
            }
            stack.Push((right, path + "1"));
            stack.Push((left, path + "0"));
        }
        return paths;
    }

    private bool TrySplit(double[] vectors, int[] members, out int[] left, out int[] right)
    {
        var mean = Centroid(vectors, members, members.Length);
        var first = Farthest(vectors, members, mean);
        var a = vectors.AsSpan(first * dimensions, dimensions).ToArray();
        var b = vectors.AsSpan(Farthest(vectors, members, a) * dimensions, dimensions).ToArray();
        var side = new bool[members.Length];
        for (var iteration = 0; iteration < 12; iteration++)
        {
            var changed = false;
            for (var i = 0; i < members.Length; i++)
            {
                var point = vectors.AsSpan(members[i] * dimensions, dimensions);
                var toB = Dot(point, b) > Dot(point, a);
                changed |= toB != side[i];
                side[i] = toB;
            }
            var onB = members.Where((_, i) => side[i]).ToArray();
            var onA = members.Where((_, i) => !side[i]).ToArray();
            if (onA.Length == 0 || onB.Length == 0)
            {
                break;
            }
            a = Centroid(vectors, onA, onA.Length);
            b = Centroid(vectors, onB, onB.Length);
            if (!changed && iteration > 0)
            {
                break;
            }
        }
        left = [.. members.Where((_, i) => !side[i])];
        right = [.. members.Where((_, i) => side[i])];
        return left.Length > 0 && right.Length > 0;
    }

    /// <summary>The normalized mean of the members' vectors.</summary>
    private double[] Centroid(double[] vectors, int[] members, int count)
    {
        var centroid = new double[dimensions];
        for (var i = 0; i < count; i++)
        {
            var point = vectors.AsSpan(members[i] * dimensions, dimensions);
            for (var d = 0; d < dimensions; d++)
            {
                centroid[d] += point[d];
            }
        }
        var norm = Math.Sqrt(Dot(centroid, centroid));
        for (var d = 0; d < dimensions; d++)
        {
            centroid[d] = norm > 0 ? centroid[d] / norm : 0;
        }
        return centroid;
    }

    private int Farthest(double[] vectors, int[] members, ReadOnlySpan<double> from)
    {
        var best = members[0];
        var lowest = double.PositiveInfinity;
        foreach (var m in members)
        {
            var similarity = Dot(vectors.AsSpan(m * dimensions, dimensions), from);
            if (similarity < lowest)
            {
                lowest = similarity;
                best = m;
            }
        }
        return best;
    }

    private static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        var sum = 0.0;
        for (var i = 0; i < x.Length; i++)
        {
            sum += x[i] * y[i];
        }
        return sum;
    }
}
