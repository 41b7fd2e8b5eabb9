using Marsad.Entities;
using Marsad.Text;

namespace Marsad.Evaluation.Ner;

/// <summary>
/// Extracts the features of training sentences (each with the gazetteer of its jackknife block), keeps those
/// seen often enough, and numbers them: the perceptron works on row numbers, the saved model on hashes.
/// </summary>
public sealed class FeatureIndexer
{
    private readonly Dictionary<ulong, int> rowOfKey = [];
    private readonly List<ulong> keys = [];

    public IReadOnlyList<ulong> Keys => keys;

    public int Count => keys.Count;

    public static (string Text, TextSpan[] Spans) Join(IReadOnlyList<string> tokens)
    {
        var spans = new TextSpan[tokens.Count];
        var offset = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            spans[i] = new TextSpan(offset, offset + tokens[i].Length);
            offset += tokens[i].Length + 1;
        }
        return (string.Join(' ', tokens), spans);
    }

    /// <summary>Extracts every sentence's feature hashes; the i-th sentence uses <paramref name="extractorOf"/>(i).</summary>
    public static List<ExtractedToken[]> Extract(IReadOnlyList<ConllSentence> sentences, Func<int, NerFeatureExtractor> extractorOf)
    {
        var buffer = new SentenceFeatures();
        var all = new List<ExtractedToken[]>(sentences.Count);
        for (var s = 0; s < sentences.Count; s++)
        {
            var (text, spans) = Join(sentences[s].Tokens);
            extractorOf(s).Extract(text, spans, buffer);
            var perToken = new ExtractedToken[spans.Length];
            for (var i = 0; i < spans.Length; i++)
            {
                perToken[i] = new ExtractedToken(buffer.Of(i).ToArray(), buffer.Words[i], buffer.StrippedWords[i]);
            }
            all.Add(perToken);
        }
        return all;
    }

    /// <summary>Numbers the features that occur at least <paramref name="minCount"/> times.</summary>
    public void Index(IEnumerable<ExtractedToken[]> extracted, int minCount)
    {
        var counts = new Dictionary<ulong, int>();
        foreach (var sentence in extracted)
        {
            foreach (var token in sentence)
            {
                foreach (var key in token.Keys)
                {
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
        }
        foreach (var (key, count) in counts.OrderBy(c => c.Key))
        {
            if (count >= minCount)
            {
                rowOfKey.Add(key, keys.Count);
                keys.Add(key);
            }
        }
    }

    public EncodedSentence Encode(ExtractedToken[] extracted, IReadOnlyList<BioTag> gold)
    {
        var features = new List<int>();
        var offsets = new int[extracted.Length + 1];
        for (var i = 0; i < extracted.Length; i++)
        {
            foreach (var key in extracted[i].Keys)
            {
                if (rowOfKey.TryGetValue(key, out var row))
                {
                    features.Add(row);
                }
            }
            offsets[i + 1] = features.Count;
        }
        var tags = gold.ToArray();
        BioChunker.Repair(tags);
        return new EncodedSentence([.. features], offsets, tags);
    }
}
