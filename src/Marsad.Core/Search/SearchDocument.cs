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
        // Sized for the whole text at once: builders grown chunk by chunk were a fortieth of an ingest's garbage.
        var loose = new StringBuilder(EstimatedLength(title) + EstimatedLength(text));
        var titleKeys = Keys(title, loose);
        var textKeys = Keys(text, loose);
        return new SearchDocument(titleKeys, textKeys, loose.ToString());
    }

    private static string Keys(List<MatchToken> tokens, StringBuilder loose)
    {
        var keys = new StringBuilder(EstimatedLength(tokens));
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

    /// <summary>Room for the keys with their spaces: match keys average about five letters.</summary>
    private static int EstimatedLength(List<MatchToken> tokens) => tokens.Count * 6;

    private static void Append(StringBuilder builder, ReadOnlySpan<char> key)
    {
        if (builder.Length > 0)
        {
            builder.Append(' ');
        }
        builder.Append(key);
    }
}
