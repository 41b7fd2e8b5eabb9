using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.IO.Compression;

namespace Marsad.Quotes;

/// <summary>
/// Chooses whom a continuation or a pronoun points back to among the speakers the rules offer (the one they would
/// take, the last few speakers, the persons and bodies the entity tagger found just before the cue), and whether a
/// subject the rules read at a verb of saying stands against them (a phrase taken for a name, وحماية ممتلكاته, looks
/// unlike one): a linear score over each option's features (<see cref="SpeakerOption.Features"/>), the highest
/// taken. Its weights are learned from the quotation gold's development part by <c>marsad train speakers</c> and
/// embedded (<c>Resources/speaker-ranker.tsv.gz</c>); without them it keeps the rules' choice.
/// </summary>
public sealed class SpeakerRanker(IReadOnlyDictionary<string, double> weights)
{
    private const string ResourceName = "Marsad.Quotes.speaker-ranker.tsv.gz";

    private static readonly Lazy<SpeakerRanker?> Embedded = new(Load);

    /// <summary>The embedded ranker, or null when the build has none (the rules decide alone).</summary>
    public static SpeakerRanker? Default => Embedded.Value;

    public IReadOnlyDictionary<string, double> Weights { get; } = weights;

    /// <summary>
    /// Each feature's weight by the name's instance: the names are made once per process (<c>FeatureNames</c>), so
    /// the same instances come back at every cue, and finding them by their letters hashed each one every time. A
    /// name made afresh each time would only fill it to its bound. Only for frozen weights (a ranker read from its
    /// file): training scores with weights that change between calls.
    /// </summary>
    private readonly ConcurrentDictionary<string, double>? weightByInstance =
        weights is FrozenDictionary<string, double> ? new(ReferenceEqualityComparer.Instance) : null;

    private const int MostByInstance = 16_384;

    private int rememberedByInstance;

    public double Score(IReadOnlyList<string> features)
    {
        var score = 0.0;
        foreach (var feature in features)
        {
            score += WeightOf(feature);
        }
        return score;
    }

    private double WeightOf(string feature)
    {
        if (weightByInstance is null)
        {
            return Weights.GetValueOrDefault(feature);
        }
        if (!weightByInstance.TryGetValue(feature, out var weight))
        {
            weight = Weights.GetValueOrDefault(feature);
            if (Volatile.Read(ref rememberedByInstance) < MostByInstance && weightByInstance.TryAdd(feature, weight))
            {
                Interlocked.Increment(ref rememberedByInstance);
            }
        }
        return weight;
    }

    /// <summary>The best option's index; the first (the rules' choice) on a tie.</summary>
    public int Choose(IReadOnlyList<IReadOnlyList<string>> options)
    {
        var best = 0;
        var bestScore = double.NegativeInfinity;
        for (var i = 0; i < options.Count; i++)
        {
            var score = Score(options[i]);
            if (score > bestScore)
            {
                (best, bestScore) = (i, score);
            }
        }
        return best;
    }

    /// <summary>Weights as <c>feature TAB weight</c> lines, sorted, so that a retrained model diffs cleanly.</summary>
    public void Write(TextWriter writer)
    {
        foreach (var (feature, weight) in Weights.Where(w => w.Value != 0).OrderBy(w => w.Key, StringComparer.Ordinal))
        {
            writer.Write(feature);
            writer.Write('\t');
            writer.WriteLine(weight.ToString("R", CultureInfo.InvariantCulture));
        }
    }

    public static SpeakerRanker Read(TextReader reader)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.LastIndexOf('\t');
            if (tab > 0 && !line.StartsWith('#'))
            {
                weights[line[..tab]] = double.Parse(line.AsSpan(tab + 1), CultureInfo.InvariantCulture);
            }
        }
        return new SpeakerRanker(weights.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static SpeakerRanker? Load()
    {
        using var stream = typeof(SpeakerRanker).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            return null;
        }
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress));
        return Read(reader);
    }
}
