using Marsad.Entities;
using Marsad.Text;

namespace Marsad.Evaluation.Clusters;

/// <summary>
/// What Brown clustering needs from a corpus: the vocabulary (folded words seen at least a minimum number of
/// times, most frequent first), their counts, and the counts of adjacent word pairs. Texts are tokenized as the
/// entity tagger tokenizes them; a rare word breaks the chain of pairs rather than standing for all rare words.
/// </summary>
public sealed class ClusterCorpus
{
    private ClusterCorpus(string[] words, long[] counts, Dictionary<long, int> pairs, long tokens, List<int[]> documents)
    {
        Words = words;
        Counts = counts;
        PairCounts = pairs;
        TokenCount = tokens;
        Documents = documents;
    }

    /// <summary>The vocabulary, most frequent first (ties in ordinal order, so the result is reproducible).</summary>
    public IReadOnlyList<string> Words { get; }

    public IReadOnlyList<long> Counts { get; }

    /// <summary>Counts of word pairs <c>(left, right)</c>, keyed by <see cref="PairKey"/>.</summary>
    public IReadOnlyDictionary<long, int> PairCounts { get; }

    public long TokenCount { get; }

    /// <summary>Each text as vocabulary numbers, -1 for a word too rare to be in the vocabulary.</summary>
    public IReadOnlyList<int[]> Documents { get; }

    public static long PairKey(int left, int right) => ((long)left << 32) | (uint)right;

    public static ClusterCorpus Build(IEnumerable<string> texts, int minCount)
    {
        var idOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        var documents = new List<int[]>();
        var spans = new List<TextSpan>();
        foreach (var text in texts)
        {
            spans.Clear();
            NerTokenizer.Tokenize(text, spans);
            var ids = new int[spans.Count];
            for (var i = 0; i < spans.Count; i++)
            {
                var word = ArabicFolder.Fold(text.AsSpan(spans[i].Start, spans[i].Length));
                if (!idOf.TryGetValue(word, out ids[i]))
                {
                    ids[i] = names.Count;
                    idOf.Add(word, names.Count);
                    names.Add(word);
                }
            }
            documents.Add(ids);
        }

        var rawCounts = new long[names.Count];
        foreach (var id in documents.SelectMany(d => d))
        {
            rawCounts[id]++;
        }
        var vocabulary = Enumerable.Range(0, names.Count).Where(i => rawCounts[i] >= minCount)
            .OrderByDescending(i => rawCounts[i]).ThenBy(i => names[i], StringComparer.Ordinal).ToArray();
        var rank = new int[names.Count];
        Array.Fill(rank, -1);
        for (var r = 0; r < vocabulary.Length; r++)
        {
            rank[vocabulary[r]] = r;
        }

        var pairs = new Dictionary<long, int>();
        long tokens = 0;
        foreach (var document in documents)
        {
            for (var i = 0; i < document.Length; i++)
            {
                document[i] = rank[document[i]];
            }
        }
        foreach (var document in documents)
        {
            for (var i = 0; i < document.Length; i++)
            {
                var right = document[i];
                if (right < 0)
                {
                    continue;
                }
                tokens++;
                var left = i > 0 ? document[i - 1] : -1;
                if (left >= 0)
                {
                    var key = PairKey(left, right);
                    pairs[key] = pairs.GetValueOrDefault(key) + 1;
                }
            }
        }
        return new ClusterCorpus(
            [.. vocabulary.Select(i => names[i])], [.. vocabulary.Select(i => rawCounts[i])], pairs, tokens, documents);
    }
}
