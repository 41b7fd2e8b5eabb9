namespace Marsad.Evaluation.Clusters;

/// <summary>The binary tree of Brown clustering's final merges: leaves are clusters, a left branch is 0, a right one 1.</summary>
internal sealed class MergeTree
{
    private readonly List<(int Left, int Right, int Leaf)> nodes = [];

    public int AddLeaf(int leaf)
    {
        nodes.Add((-1, -1, leaf));
        return nodes.Count - 1;
    }

    public int Join(int left, int right)
    {
        nodes.Add((left, right, -1));
        return nodes.Count - 1;
    }

    /// <summary>The bit path of each leaf (by its leaf id) from <paramref name="root"/>; a lone root is "0".</summary>
    public Dictionary<int, string> Paths(int root)
    {
        var paths = new Dictionary<int, string>();
        var stack = new Stack<(int Node, string Path)>();
        stack.Push((root, ""));
        while (stack.Count > 0)
        {
            var (node, path) = stack.Pop();
            var (left, right, leaf) = nodes[node];
            if (leaf >= 0)
            {
                paths[leaf] = path.Length > 0 ? path : "0";
                continue;
            }
            stack.Push((right, path + "1"));
            stack.Push((left, path + "0"));
        }
        return paths;
    }
}
