using System.Diagnostics;
using System.Globalization;
using Marsad.Entities;

namespace Marsad.Evaluation.Clusters;

/// <summary>
/// A second view of word similarity beside Brown clusters: word vectors from the positive PMI of each word with
/// its neighbours, reduced by randomized SVD, then cut into a binary tree by bisecting 2-means. Brown clusters
/// see only the next word; these see two words on each side, and combine well with them (El Bazi and
/// Laachfoubi 2018 report the pair beats either alone for Arabic NER).
/// </summary>
public sealed class EmbeddingClusterer(int dimensions, int contextWords, int window, int seed, Action<string> log)
{
    public WordClusters Cluster(ClusterCorpus corpus)
    {
        var clock = Stopwatch.StartNew();
        var ppmi = PpmiMatrix.Build(corpus, contextWords, window);
        log(string.Create(CultureInfo.InvariantCulture,
            $"  PPMI: {ppmi.Rows} words × {ppmi.Columns} contexts, {ppmi.NonZeros:N0} non-zero ({clock.Elapsed.TotalSeconds:F0}s)"));
        var vectors = RandomizedSvd.LeftVectors(ppmi, dimensions, powerIterations: 2, seed);
        Normalize(vectors);
        log(string.Create(CultureInfo.InvariantCulture, $"  SVD: {dimensions} dimensions ({clock.Elapsed.TotalSeconds:F0}s)"));
        var paths = new BisectingKMeans(dimensions, minLeaf: 4, maxDepth: 24).Paths(vectors);
        log(string.Create(CultureInfo.InvariantCulture,
            $"  tree: {paths.Distinct(StringComparer.Ordinal).Count()} leaves ({clock.Elapsed.TotalSeconds:F0}s)"));
        return WordClusters.FromPaths(corpus.Words.Select((w, i) => new ClusteredWord(w, paths[i], corpus.Counts[i])));
    }

    private void Normalize(double[] vectors)
    {
        for (var start = 0; start < vectors.Length; start += dimensions)
        {
            var row = vectors.AsSpan(start, dimensions);
            var norm = 0.0;
            foreach (var v in row)
            {
                norm += v * v;
            }
            norm = Math.Sqrt(norm);
            for (var d = 0; d < dimensions; d++)
            {
                row[d] = norm > 0 ? row[d] / norm : 0;
            }
        }
    }
}
