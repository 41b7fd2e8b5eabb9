namespace Marsad.Evaluation.Clusters;

/// <summary>
/// Positive pointwise mutual information between words and their neighbours: the contexts of a word are the
/// words up to <c>window</c> positions to its left and, apart, to its right (side matters in Arabic: what
/// precedes a name is not what follows it). Context probabilities are smoothed with exponent 0.75, which keeps
/// rare contexts from dominating (Levy, Goldberg and Dagan 2015).
/// </summary>
internal static class PpmiMatrix
{
    public static SparseMatrix Build(ClusterCorpus corpus, int contextWords, int window)
    {
        var vocabulary = corpus.Words.Count;
        var contexts = Math.Min(contextWords, vocabulary);
        var counts = new Dictionary<int, float>[vocabulary];
        for (var w = 0; w < vocabulary; w++)
        {
            counts[w] = [];
        }
        foreach (var document in corpus.Documents)
        {
            for (var i = 0; i < document.Length; i++)
            {
                var word = document[i];
                if (word < 0)
                {
                    continue;
                }
                for (var d = 1; d <= window; d++)
                {
                    Add(counts[word], document, i - d, 0, contexts, 1f / d);
                    Add(counts[word], document, i + d, contexts, contexts, 1f / d);
                }
            }
        }

        var columnTotals = new double[2 * contexts];
        var rowTotals = new double[vocabulary];
        var total = 0.0;
        for (var w = 0; w < vocabulary; w++)
        {
            foreach (var (column, count) in counts[w])
            {
                columnTotals[column] += count;
                rowTotals[w] += count;
                total += count;
            }
        }
        var smoothed = columnTotals.Select(c => Math.Pow(c, 0.75)).ToArray();
        var smoothedTotal = smoothed.Sum();

        var rowStarts = new int[vocabulary + 1];
        var columns = new List<int>();
        var values = new List<float>();
        for (var w = 0; w < vocabulary; w++)
        {
            foreach (var (column, count) in counts[w].OrderBy(e => e.Key))
            {
                var pmi = Math.Log(count / total / (rowTotals[w] / total * (smoothed[column] / smoothedTotal)));
                if (pmi > 0)
                {
                    columns.Add(column);
                    values.Add((float)pmi);
                }
            }
            rowStarts[w + 1] = columns.Count;
            counts[w] = [];
        }
        return new SparseMatrix(vocabulary, 2 * contexts, rowStarts, [.. columns], [.. values]);
    }

    private static void Add(Dictionary<int, float> row, int[] document, int position, int offset, int contexts, float weight)
    {
        if (position < 0 || position >= document.Length)
        {
            return;
        }
        var context = document[position];
        if (context >= 0 && context < contexts)
        {
            var column = offset + context;
            row[column] = row.GetValueOrDefault(column) + weight;
        }
    }
}
