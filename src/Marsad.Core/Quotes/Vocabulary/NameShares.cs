using System.Collections.Frozen;
using System.Globalization;
using System.IO.Compression;

namespace Marsad.Quotes.Vocabulary;

/// <summary>
/// How often the news has a word inside a person's name, for the words it writes often and seldom in one (تطابق،
/// صفقات، علاجه، المصري): learned by <c>marsad train name-shares</c> from how the entity tagger reads SaudiNewsNet, not
/// listed by hand. A word seen too seldom to judge, or often in names (محمد، المنيف), is not here, so an unknown
/// name (كاتسيلي، تولبرت) is never taken for a common word.
/// </summary>
internal sealed class NameShares
{
    public const string ResourceName = "Marsad.Quotes.name-shares.tsv.gz";

    /// <summary>At most this share, in percent: a word the news never writes in a name.</summary>
    private const int NeverPercent = 2;

    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> percents;

    public NameShares(IEnumerable<KeyValuePair<string, int>> percents) =>
        this.percents = percents.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The embedded table; empty before <c>marsad train name-shares</c> has written it.</summary>
    public static NameShares Default { get; } = Load();

    /// <summary>The folded word is one the news writes often and (almost) never in a person's name.</summary>
    public bool IsNeverAName(ReadOnlySpan<char> folded) => percents.TryGetValue(folded, out var percent) && percent <= NeverPercent;

    /// <summary>The folded word is one the news writes often and seldom in a person's name (المصري، الجديدة).</summary>
    public bool IsSeldomAName(ReadOnlySpan<char> folded) => percents.ContainsKey(folded);

    /// <summary>The format <c>marsad train name-shares</c> writes: <c># comment</c> lines, then <c>word TAB percent</c>.</summary>
    public static NameShares Read(TextReader reader)
    {
        var percents = new Dictionary<string, int>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (line.Length > 0 && line[0] != '#' && tab > 0)
            {
                percents[line[..tab]] = int.Parse(line.AsSpan(tab + 1), CultureInfo.InvariantCulture);
            }
        }
        return new NameShares(percents);
    }

    private static NameShares Load()
    {
        using var stream = typeof(NameShares).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            return new NameShares([]);
        }
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return Read(reader);
    }
}
