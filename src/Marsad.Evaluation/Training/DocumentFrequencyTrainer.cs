using Marsad.Analysis;
using Marsad.Extraction;
using Marsad.Input;
using Marsad.Text;

namespace Marsad.Evaluation.Training;

/// <summary>
/// Learns the background document frequencies of match keys from a corpus (SaudiNewsNet by default): each
/// article extracted as ingest would, its content keys counted once. Keys seen in fewer than
/// <see cref="MinDocuments"/> articles are left out (they count as rare anyway), which keeps the table small.
/// </summary>
public static class DocumentFrequencyTrainer
{
    public const int MinDocuments = 3;

    public static DocumentFrequencies Train(IEnumerable<string> inputPaths, Action<int>? progress = null)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var documents = 0;
        var analyzer = MatchKeyAnalyzer.Default;
        foreach (var item in new InputWalker(inputPaths).Items())
        {
            if (item is not ArticleInput { Article: var raw } || ArticleExtractor.Extract(raw, out _) is not { } article)
            {
                continue;
            }
            var keys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var token in analyzer.Analyze(article.Title + "\n" + article.Text))
            {
                if (TermVectorBuilder.IsContentKey(token))
                {
                    keys.Add(token.Key);
                }
            }
            foreach (var key in keys)
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
            if (++documents % 1000 == 0)
            {
                progress?.Invoke(documents);
            }
        }
        var kept = counts.Where(c => c.Value >= MinDocuments).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
        return new DocumentFrequencies(documents, kept);
    }
}
