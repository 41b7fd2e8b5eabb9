using System.Globalization;

namespace Marsad.Entities;

/// <summary>
/// How each word is usually tagged in unlabelled news by a first model: for a folded, stripped word seen often
/// enough, the entity type it most often belongs to and how large a share of its occurrences are in names, as
/// one small code (type × 5 + share bucket). A single occurrence can mislead; hundreds rarely do. Words almost
/// never found in names are not kept.
/// </summary>
public sealed class NewsWordKinds
{
    private readonly Dictionary<string, byte> kinds;
    private readonly Dictionary<ulong, byte> byHash = [];

    public NewsWordKinds(IEnumerable<KeyValuePair<string, byte>> kinds)
    {
        this.kinds = new Dictionary<string, byte>(kinds, StringComparer.Ordinal);
        foreach (var (word, kind) in this.kinds)
        {
            byHash[FeatureHash.Of(word)] = kind;
        }
    }

    public static NewsWordKinds Empty { get; } = new([]);

    public int Count => kinds.Count;

    /// <summary>The code of a word (by its hash), or 0 if it is (almost) never part of a name.</summary>
    public byte KindOf(ulong word) => byHash.GetValueOrDefault(word);

    /// <summary>The code for a word tagged with each type (<c>counts[1 + type]</c>) or not at all (<c>counts[0]</c>).</summary>
    public static byte Code(ReadOnlySpan<int> counts)
    {
        var total = 0;
        var best = 1;
        for (var k = 0; k < counts.Length; k++)
        {
            total += counts[k];
            best = k > 0 && counts[k] > counts[best] ? k : best;
        }
        var share = total == 0 ? 0 : (double)(total - counts[0]) / total;
        var bucket = share switch
        {
            < 0.02 => 0,
            < 0.2 => 1,
            < 0.5 => 2,
            < 0.8 => 3,
            _ => 4,
        };
        return bucket == 0 ? (byte)0 : (byte)(((best - 1) * 5) + bucket);
    }

    public void Write(TextWriter writer)
    {
        foreach (var (word, kind) in kinds.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            writer.Write(word);
            writer.Write('\t');
            writer.Write(kind.ToString(CultureInfo.InvariantCulture));
            writer.Write('\n');
        }
    }

    public static NewsWordKinds Read(TextReader reader)
    {
        var kinds = new List<KeyValuePair<string, byte>>();
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0 && byte.TryParse(line.AsSpan(tab + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var kind))
            {
                kinds.Add(new(line[..tab], kind));
            }
        }
        return new NewsWordKinds(kinds);
    }
}
