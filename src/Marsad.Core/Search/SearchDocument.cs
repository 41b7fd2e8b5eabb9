using System.Text;
using Marsad.Text;

namespace Marsad.Search;

/// <summary>
/// What the search index holds for one article: the match keys of its title and of its text, and the loose keys of
/// both, each as space-separated words in text order. Stopwords are left out (they would match almost everything).
/// These are match keys: they are indexed and never shown.
/// </summary>
public sealed record SearchDocument(string TitleKeys, string TextKeys, string LooseKeys)
{
    public static SearchDocument Build(string title, string text, MatchKeyAnalyzer analyzer) =>
        From(analyzer.Analyze(title), analyzer.Analyze(text));

    /// <summary>From words already analyzed (ingest analyzes every article once, for all its uses).</summary>
    public static SearchDocument From(List<MatchToken> title, List<MatchToken> text)
    {
        // Each thread's two builders, reused: builders made for every article were 4% of an ingest's garbage.
        var (keys, loose) = builders ??= (new StringBuilder(), new StringBuilder());
        loose.Clear();
        var titleKeys = Keys(title, keys, loose);
        var textKeys = Keys(text, keys, loose);
        var document = new SearchDocument(titleKeys, textKeys, loose.ToString());
        if (keys.Capacity > MaxKeptLength || loose.Capacity > MaxKeptLength)
        {
            builders = null;
        }
        return document;
    }

    [ThreadStatic]
    private static (StringBuilder Keys, StringBuilder Loose)? builders;

    /// <summary>Builders grown for a huge text are not kept for the next article.</summary>
    private const int MaxKeptLength = 1 << 18;

    private static string Keys(List<MatchToken> tokens, StringBuilder keys, StringBuilder loose)
    {
        keys.Clear();
        Span<char> skeleton = stackalloc char[64];
        foreach (var token in tokens)
        {
            if (token.IsStopword)
            {
                continue;
            }
            Append(keys, token.Key);
            var buffer = token.Key.Length <= skeleton.Length ? skeleton : new char[token.Key.Length];
            if (LooseKey.TryWrite(token.Key, buffer, out var length))
            {
                Append(loose, buffer[..length]);
            }
        }
        return keys.ToString();
    }

    private static void Append(StringBuilder builder, ReadOnlySpan<char> key)
    {
        if (builder.Length > 0)
        {
            builder.Append(' ');
        }
        builder.Append(key);
    }
}
