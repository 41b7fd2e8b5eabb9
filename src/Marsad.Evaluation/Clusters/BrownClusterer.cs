using System.Globalization;
using Marsad.Entities;

namespace Marsad.Evaluation.Clusters;

/// <summary>
/// Brown clustering (Brown et al. 1992) with the window of Liang (2005): words enter most frequent first, each
/// as a cluster of its own; after each one enters, the two clusters whose merge loses the least average mutual
/// information of adjacent clusters are merged, so there are never more than <c>clusterCount + 1</c>. When all
/// words are in, the remaining clusters are merged down to one, and that merge tree gives each cluster its bit
/// path. Losses are kept for every pair and updated in constant time per pair after each step (Liang's
/// bookkeeping), so a step costs O(clusters²). Deterministic: ties go to the lowest slots.
/// </summary>
public sealed class BrownClusterer(int clusterCount, int threads, Action<string> log)
{
    public WordClusters Cluster(ClusterCorpus corpus)
    {
        var state = new BrownState(corpus, clusterCount + 1, threads);
        var vocabulary = corpus.Words.Count;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var w = 0; w < vocabulary; w++)
        {
            state.AddWord(w);
            if (state.ActiveCount > clusterCount)
            {
                var (x, y) = state.CheapestMerge();
                state.Merge(x, y);
            }
            if ((w + 1) % 2000 == 0)
            {
                log(string.Create(CultureInfo.InvariantCulture,
                    $"  {w + 1}/{vocabulary} words placed ({clock.Elapsed.TotalSeconds:F0}s)"));
            }
        }

        // The surviving clusters are the leaves of the tree; merging them down to one builds it.
        var leafOfWord = state.SlotOfEachWord();
        var tree = new MergeTree();
        var nodeOfSlot = new Dictionary<int, int>();
        foreach (var slot in state.ActiveSlots())
        {
            nodeOfSlot[slot] = tree.AddLeaf(slot);
        }
        while (state.ActiveCount > 1)
        {
            var (x, y) = state.CheapestMerge();
            nodeOfSlot[x] = tree.Join(nodeOfSlot[x], nodeOfSlot[y]);
            nodeOfSlot.Remove(y);
            state.Merge(x, y);
        }
        var paths = tree.Paths(nodeOfSlot.Values.Single());
        var wordPaths = new List<ClusteredWord>();
        for (var w = 0; w < vocabulary; w++)
        {
            wordPaths.Add(new(corpus.Words[w], paths[leafOfWord[w]], corpus.Counts[w]));
        }
        return WordClusters.FromPaths(wordPaths);
    }
}
