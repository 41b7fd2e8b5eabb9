using System.Globalization;
using Marsad.Text;

namespace Marsad.Entities;

/// <summary>
/// Word clusters learned from unlabelled news (Brown clustering): each folded word has a bit path in a binary
/// merge tree, and words with a common path prefix are used alike. Features use path prefixes at several lengths,
/// coarse to fine, so a name never seen in training still looks like the names it shares a cluster with.
/// File format, one word per line: <c>path TAB word TAB count</c> (as Percy Liang's wcluster writes it).
/// </summary>
public sealed class WordClusters
{
    /// <summary>The prefix lengths that features use; a path shorter than one of them counts whole.</summary>
    public static IReadOnlyList<int> PrefixLengths { get; } = [4, 6, 10, 14, 20];

    private readonly Dictionary<string, int> pathOfWord;

    /// <summary>
    /// <see cref="pathOfWord"/> again, in the word memo's table: every word the tagger has not seen yet is looked up
    /// here three to six times, and the memo's table finds a word with one cache miss where the dictionary needs three.
    /// </summary>
    private readonly WordMemo<int> pathIdOfWord;
    private readonly Dictionary<string, long> countOfWord;
    private readonly string[] paths;
    private readonly ulong[] prefixHashes;

    private WordClusters(Dictionary<string, int> pathOfWord, Dictionary<string, long> countOfWord, string[] paths)
    {
        this.pathOfWord = pathOfWord;
        pathIdOfWord = new WordMemo<int>(pathOfWord.Count);
        foreach (var (word, id) in pathOfWord)
        {
            pathIdOfWord.Remember(word, id);
        }
        this.countOfWord = countOfWord;
        this.paths = paths;
        prefixHashes = new ulong[paths.Length * PrefixLengths.Count];
        for (var p = 0; p < paths.Length; p++)
        {
            for (var k = 0; k < PrefixLengths.Count; k++)
            {
                var prefix = paths[p].AsSpan(0, Math.Min(PrefixLengths[k], paths[p].Length));
                prefixHashes[(p * PrefixLengths.Count) + k] = FeatureHash.Of(prefix);
            }
        }
    }

    public static WordClusters Empty { get; } = new([], [], []);

    public int WordCount => pathOfWord.Count;

    public static WordClusters FromPaths(IEnumerable<ClusteredWord> words)
    {
        var pathIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var pathOfWord = new Dictionary<string, int>(StringComparer.Ordinal);
        var countOfWord = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (word, path, count) in words)
        {
            countOfWord[word] = count;
            if (!pathIds.TryGetValue(path, out var id))
            {
                id = pathIds.Count;
                pathIds.Add(path, id);
            }
            pathOfWord[word] = id;
        }
        var paths = new string[pathIds.Count];
        foreach (var (path, id) in pathIds)
        {
            paths[id] = path;
        }
        return new WordClusters(pathOfWord, countOfWord, paths);
    }

    /// <summary>Reads <c>path TAB word [TAB count]</c> lines; the words must already be folded.</summary>
    public static WordClusters Read(TextReader reader)
    {
        var entries = new List<ClusteredWord>();
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split('\t');
            if (fields.Length >= 2 && fields[0].Length > 0)
            {
                var count = fields.Length > 2 && long.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var c) ? c : 0;
                entries.Add(new(fields[1], fields[0], count));
            }
        }
        return FromPaths(entries);
    }

    public void Write(TextWriter writer)
    {
        foreach (var (word, id) in pathOfWord.OrderBy(e => paths[e.Value], StringComparer.Ordinal)
                     .ThenBy(e => e.Key, StringComparer.Ordinal))
        {
            writer.Write(paths[id]);
            writer.Write('\t');
            writer.Write(word);
            writer.Write('\t');
            writer.Write(countOfWord.GetValueOrDefault(word).ToString(CultureInfo.InvariantCulture));
            writer.Write('\n');
        }
    }

    /// <summary>The path id of a folded word, or -1 if it was too rare to be clustered.</summary>
    public int Find(ReadOnlySpan<char> foldedWord) => pathIdOfWord.TryGet(foldedWord, out var id) ? id : -1;

    public string PathOf(int pathId) => paths[pathId];

    /// <summary>How often a folded word occurred in the clustered corpus (0 if it was not clustered).</summary>
    public long CountOf(ReadOnlySpan<char> foldedWord) =>
        countOfWord.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(foldedWord, out var count) ? count : 0;

    /// <summary>The hash of the <paramref name="k"/>-th prefix (of <see cref="PrefixLengths"/>) of a path.</summary>
    public ulong PrefixHash(int pathId, int k) => prefixHashes[(pathId * PrefixLengths.Count) + k];

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{WordCount} words in {paths.Length} clusters");
}
