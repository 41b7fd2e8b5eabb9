namespace Marsad.Evaluation.Clusters;

/// <summary>
/// The working state of <see cref="BrownClusterer"/> over a fixed number of cluster slots: adjacent-pair
/// probabilities between clusters (<c>p</c>), their mutual-information terms (<c>q</c>), each cluster's share
/// of the total (<c>share</c>) and, for every pair of clusters, the loss of merging them (<c>loss</c>).
/// Notation follows Liang (2005), section 3.2: q(s,t) = p(s,t) log(p(s,t) / (p(s) p(t))).
/// </summary>
internal sealed class BrownState
{
    private readonly int size;
    private readonly double[] p;
    private readonly double[] q;
    private readonly double[] loss;
    private readonly double[] unigram;
    private readonly double[] share;
    private readonly bool[] active;
    private readonly List<int>[] wordsOfSlot;
    private readonly int[] slotOfWord;
    private readonly double[] shareDelta;
    private readonly (int Word, double P)[][] earlierRight;
    private readonly (int Word, double P)[][] earlierLeft;
    private readonly double[] self;
    private readonly double[] wordUnigram;
    private readonly ParallelOptions parallel;
    private int[] activeList = [];

    public BrownState(ClusterCorpus corpus, int slots, int threads)
    {
        size = slots;
        p = new double[size * size];
        q = new double[size * size];
        loss = new double[size * size];
        unigram = new double[size];
        share = new double[size];
        shareDelta = new double[size];
        active = new bool[size];
        wordsOfSlot = [.. Enumerable.Range(0, size).Select(_ => new List<int>())];
        parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) };

        var n = (double)corpus.TokenCount;
        var words = corpus.Words.Count;
        slotOfWord = new int[words];
        Array.Fill(slotOfWord, -1);
        wordUnigram = [.. corpus.Counts.Select(c => c / n)];
        self = new double[words];
        var right = Enumerable.Range(0, words).Select(_ => new List<(int, double)>()).ToArray();
        var left = Enumerable.Range(0, words).Select(_ => new List<(int, double)>()).ToArray();
        foreach (var (key, count) in corpus.PairCounts.OrderBy(e => e.Key))
        {
            var (l, r) = ((int)(key >> 32), (int)(uint)key);
            if (l == r)
            {
                self[l] = count / n;
            }
            else if (l > r)
            {
                right[l].Add((r, count / n));
            }
            else
            {
                left[r].Add((l, count / n));
            }
        }
        earlierRight = [.. right.Select(list => list.ToArray())];
        earlierLeft = [.. left.Select(list => list.ToArray())];
    }

    public int ActiveCount => activeList.Length;

    public IEnumerable<int> ActiveSlots() => activeList;

    public int[] SlotOfEachWord() => (int[])slotOfWord.Clone();

    /// <summary>Adds word <paramref name="word"/> (all more frequent words are in) as a cluster of its own.</summary>
    public void AddWord(int word)
    {
        var b = Array.IndexOf(active, false);
        unigram[b] = wordUnigram[word];
        foreach (var u in activeList)
        {
            p[Index(b, u)] = 0;
            p[Index(u, b)] = 0;
        }
        p[Index(b, b)] = self[word];
        foreach (var (v, pv) in earlierRight[word])
        {
            p[Index(b, slotOfWord[v])] += pv;
        }
        foreach (var (v, pv) in earlierLeft[word])
        {
            p[Index(slotOfWord[v], b)] += pv;
        }
        slotOfWord[word] = b;
        wordsOfSlot[b].Clear();
        wordsOfSlot[b].Add(word);

        q[Index(b, b)] = Q(p[Index(b, b)], unigram[b], unigram[b]);
        foreach (var u in activeList)
        {
            q[Index(b, u)] = Q(p[Index(b, u)], unigram[b], unigram[u]);
            q[Index(u, b)] = Q(p[Index(u, b)], unigram[u], unigram[b]);
        }

        // Every pair's merged cluster now also has the new cluster as a neighbour.
        var list = activeList;
        Parallel.For(0, list.Length, parallel, i =>
        {
            var s = list[i];
            for (var j = i + 1; j < list.Length; j++)
            {
                var t = list[j];
                var merged = unigram[s] + unigram[t];
                loss[Index(s, t)] += q[Index(s, b)] + q[Index(b, s)] + q[Index(t, b)] + q[Index(b, t)]
                    - Q(p[Index(s, b)] + p[Index(t, b)], merged, unigram[b])
                    - Q(p[Index(b, s)] + p[Index(b, t)], unigram[b], merged);
            }
        });
        foreach (var u in activeList)
        {
            share[u] += q[Index(u, b)] + q[Index(b, u)];
        }
        Activate(b);
        share[b] = ShareOf(b);
        RecomputeLosses(b);
    }

    /// <summary>The pair of active clusters whose merge loses the least mutual information.</summary>
    public (int X, int Y) CheapestMerge()
    {
        var best = (X: -1, Y: -1);
        var bestLoss = double.PositiveInfinity;
        var list = activeList;
        for (var i = 0; i < list.Length; i++)
        {
            for (var j = i + 1; j < list.Length; j++)
            {
                var l = loss[Index(list[i], list[j])];
                if (l < bestLoss)
                {
                    bestLoss = l;
                    best = (list[i], list[j]);
                }
            }
        }
        return best;
    }

    /// <summary>Merges cluster <paramref name="y"/> into <paramref name="x"/>, updating every other pair's loss.</summary>
    public void Merge(int x, int y)
    {
        var merged = unigram[x] + unigram[y];
        foreach (var u in activeList)
        {
            if (u == x || u == y)
            {
                continue;
            }
            shareDelta[u] = Q(p[Index(u, x)] + p[Index(u, y)], unigram[u], merged)
                + Q(p[Index(x, u)] + p[Index(y, u)], merged, unigram[u])
                - q[Index(u, x)] - q[Index(x, u)] - q[Index(u, y)] - q[Index(y, u)];
        }
        var list = activeList;
        Parallel.For(0, list.Length, parallel, i =>
        {
            var s = list[i];
            if (s == x || s == y)
            {
                return;
            }
            for (var j = i + 1; j < list.Length; j++)
            {
                var t = list[j];
                if (t == x || t == y)
                {
                    continue;
                }
                var st = unigram[s] + unigram[t];
                var toX = p[Index(s, x)] + p[Index(t, x)];
                var fromX = p[Index(x, s)] + p[Index(x, t)];
                var toY = p[Index(s, y)] + p[Index(t, y)];
                var fromY = p[Index(y, s)] + p[Index(y, t)];
                var before = Q(toX, st, unigram[x]) + Q(fromX, unigram[x], st) + Q(toY, st, unigram[y]) + Q(fromY, unigram[y], st);
                var after = Q(toX + toY, st, merged) + Q(fromX + fromY, merged, st);
                loss[Index(s, t)] += shareDelta[s] + shareDelta[t] + before - after;
            }
        });

        var xx = p[Index(x, x)] + p[Index(x, y)] + p[Index(y, x)] + p[Index(y, y)];
        foreach (var u in activeList)
        {
            p[Index(x, u)] += p[Index(y, u)];
            p[Index(u, x)] += p[Index(u, y)];
        }
        p[Index(x, x)] = xx;
        unigram[x] = merged;
        Deactivate(y);
        foreach (var u in activeList)
        {
            if (u != x)
            {
                share[u] += shareDelta[u];
            }
        }
        foreach (var u in activeList)
        {
            q[Index(x, u)] = Q(p[Index(x, u)], unigram[x], unigram[u]);
            q[Index(u, x)] = Q(p[Index(u, x)], unigram[u], unigram[x]);
        }
        share[x] = ShareOf(x);
        RecomputeLosses(x);
        foreach (var word in wordsOfSlot[y])
        {
            slotOfWord[word] = x;
        }
        wordsOfSlot[x].AddRange(wordsOfSlot[y]);
        wordsOfSlot[y].Clear();
    }

    /// <summary>The loss of merging <paramref name="s"/> with every other active cluster, from scratch: O(clusters²).</summary>
    private void RecomputeLosses(int s)
    {
        var list = activeList;
        Parallel.For(0, list.Length, parallel, i =>
        {
            var t = list[i];
            if (t == s)
            {
                return;
            }
            var merged = unigram[s] + unigram[t];
            var after = Q(p[Index(s, s)] + p[Index(s, t)] + p[Index(t, s)] + p[Index(t, t)], merged, merged);
            foreach (var u in list)
            {
                if (u != s && u != t)
                {
                    after += Q(p[Index(s, u)] + p[Index(t, u)], merged, unigram[u])
                        + Q(p[Index(u, s)] + p[Index(u, t)], unigram[u], merged);
                }
            }
            var before = share[s] + share[t] - q[Index(s, t)] - q[Index(t, s)];
            var value = before - after;
            loss[Index(s, t)] = value;
            loss[Index(t, s)] = value;
        });
    }

    /// <summary>Every mutual-information term that involves cluster <paramref name="s"/>, each counted once.</summary>
    private double ShareOf(int s)
    {
        var sum = -q[Index(s, s)];
        foreach (var u in activeList)
        {
            sum += q[Index(s, u)] + q[Index(u, s)];
        }
        return sum;
    }

    private void Activate(int slot)
    {
        active[slot] = true;
        activeList = [.. Enumerable.Range(0, size).Where(i => active[i])];
    }

    private void Deactivate(int slot)
    {
        active[slot] = false;
        activeList = [.. Enumerable.Range(0, size).Where(i => active[i])];
    }

    private int Index(int s, int t) => (s * size) + t;

    private static double Q(double pair, double left, double right) =>
        pair > 0 ? pair * Math.Log(pair / (left * right)) : 0;
}
