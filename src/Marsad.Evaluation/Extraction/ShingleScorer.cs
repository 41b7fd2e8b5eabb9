namespace Marsad.Evaluation.Extraction;

/// <summary>
/// The article-extraction-benchmark's metric for one page: multisets of word 4-gram shingles of the extracted body
/// and of the ground truth, matched by count. A text shorter than four words is one shingle of all its words.
/// </summary>
public static class ShingleScorer
{
    private const int ShingleLength = 4;

    public static ShingleMatch Score(string? truth, string? predicted)
    {
        var expected = CountShingles(truth);
        var actual = CountShingles(predicted);
        double tp = 0, fp = 0, fn = 0;
        foreach (var (shingle, expectedCount) in expected)
        {
            var actualCount = actual.GetValueOrDefault(shingle);
            tp += Math.Min(expectedCount, actualCount);
            fn += Math.Max(0, expectedCount - actualCount);
        }
        foreach (var (shingle, actualCount) in actual)
        {
            fp += Math.Max(0, actualCount - expected.GetValueOrDefault(shingle));
        }
        var sum = tp + fp + fn;
        return sum > 0 ? new ShingleMatch(tp / sum, fp / sum, fn / sum) : new ShingleMatch(0, 0, 0);
    }

    private static Dictionary<string, int> CountShingles(string? text)
    {
        var tokens = ShingleTokenizer.Tokenize(text);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var shingles = Math.Max(1, tokens.Count - ShingleLength + 1);
        for (var i = 0; i < shingles && tokens.Count > 0; i++)
        {
            // U+0001 never occurs inside a token, so joined shingles cannot collide.
            var shingle = string.Join('\u0001', tokens.Skip(i).Take(ShingleLength));
            counts[shingle] = counts.GetValueOrDefault(shingle) + 1;
        }
        return counts;
    }
}
