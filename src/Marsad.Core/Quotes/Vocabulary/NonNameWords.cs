using System.Collections.Frozen;
using System.IO.Compression;

namespace Marsad.Quotes.Vocabulary;

/// <summary>
/// Words the news writes often and almost never inside a person's name (تطابق، صفقات، علاجه، زيارة), as folded forms:
/// learned by <c>marsad train non-names</c> from how the entity tagger reads them across SaudiNewsNet, not listed by
/// hand. A phrase made of these words alone is no name, whatever its shape; a word seen too seldom to judge is not
/// here, so an unknown name (كاتسيلي، تولبرت) is never taken for one.
/// </summary>
internal sealed class NonNameWords
{
    public const string ResourceName = "Marsad.Quotes.non-name-words.txt.gz";

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public NonNameWords(IEnumerable<string> folded) =>
        lookup = folded.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The embedded list; empty before <c>marsad train non-names</c> has written it.</summary>
    public static NonNameWords Default { get; } = Load();

    public bool Contains(ReadOnlySpan<char> folded) => lookup.Contains(folded);

    private static NonNameWords Load()
    {
        using var stream = typeof(NonNameWords).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            return new NonNameWords([]);
        }
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                words.Add(line);
            }
        }
        return new NonNameWords(words);
    }
}
