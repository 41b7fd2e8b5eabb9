using System.Collections.Frozen;
using System.Globalization;
using System.IO.Compression;
using Marsad.Text;

namespace Marsad.Analysis;

/// <summary>
/// How many documents of a background corpus hold each match key, for inverse document frequency. Marsad
/// learns it from the SaudiNewsNet corpus with <c>marsad train idf</c> and ships it (words above a small
/// frequency cutoff, as a gzipped TSV embedded in this assembly). A word it has never seen counts as rare.
/// </summary>
public sealed class DocumentFrequencies
{
    private const string ResourceName = "Marsad.Analysis.Model.document-frequencies.tsv.gz";

    private readonly FrozenDictionary<string, int> counts;

    public DocumentFrequencies(int documentCount, IReadOnlyDictionary<string, int> counts)
    {
        DocumentCount = documentCount;
        this.counts = counts.ToFrozenDictionary(StringComparer.Ordinal);
        UnseenIdf = Idf(0);
    }

    public int DocumentCount { get; }

    /// <summary>The idf of a key absent from the table: that of a key seen in no document.</summary>
    public float UnseenIdf { get; }

    public static DocumentFrequencies Default { get; } = LoadDefault();

    public float Idf(string key) => counts.TryGetValue(key, out var df) ? Idf(df) : UnseenIdf;

    /// <summary>
    /// The idf of a key with its number (<see cref="MatchToken.KeyId"/>): looked up once per key and kept by number,
    /// since looking it up in a table of some 100,000 keys for every key of every article was a twentieth of a plain
    /// ingest's time. Threads may both look a key up; either writes the same value.
    /// </summary>
    public float Idf(string key, int keyId)
    {
        if (keyId < 0)
        {
            return Idf(key);
        }
        var known = byKeyId;
        if (known is null || keyId >= known.Length)
        {
            known = Grown(keyId);
        }
        var idf = known[keyId];
        if (idf == 0)
        {
            // Not looked up yet (an idf is never 0: the document count is at least every key's count).
            idf = known[keyId] = Idf(key);
        }
        return idf;
    }

    /// <summary>
    /// The table of idfs by number, grown to hold <paramref name="keyId"/> and every key numbered so far. What
    /// another thread writes into the old table meanwhile is lost, and looked up again when next asked for.
    /// </summary>
    private float[] Grown(int keyId)
    {
        lock (growing)
        {
            var known = byKeyId;
            if (known is null || keyId >= known.Length)
            {
                var grown = new float[MatchKeys.GrownSize(known?.Length ?? 0, keyId)];
                known?.CopyTo(grown, 0);
                Volatile.Write(ref byKeyId, grown);
                known = grown;
            }
            return known;
        }
    }

    // Made on first use and grown with the keys numbered: tables made for tests and training never need it.
    private float[]? byKeyId;
    private readonly Lock growing = new();

    private float Idf(int df) => MathF.Log((DocumentCount + 1f) / (df + 1f)) + 1f;

    /// <summary>The format <c>marsad train idf</c> writes: a header line <c>#documents N</c>, then <c>key TAB count</c>.</summary>
    public static DocumentFrequencies Read(TextReader reader)
    {
        var header = reader.ReadLine() ?? throw new InvalidDataException("empty document-frequency table");
        var documents = int.Parse(header.Split('\t', ' ')[1], CultureInfo.InvariantCulture);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            counts[line[..tab]] = int.Parse(line.AsSpan(tab + 1), CultureInfo.InvariantCulture);
        }
        return new DocumentFrequencies(documents, counts);
    }

    public void Write(TextWriter writer)
    {
        writer.Write("#documents\t");
        writer.WriteLine(DocumentCount.ToString(CultureInfo.InvariantCulture));
        foreach (var (key, count) in counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal))
        {
            writer.Write(key);
            writer.Write('\t');
            writer.WriteLine(count.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static DocumentFrequencies LoadDefault()
    {
        using var stream = typeof(DocumentFrequencies).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            // Not trained yet (a fresh checkout before `marsad train idf`): every word weighs the same.
            return new DocumentFrequencies(0, new Dictionary<string, int>());
        }
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return Read(reader);
    }
}
