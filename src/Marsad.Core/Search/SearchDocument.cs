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
        var loose = new StringBuilder();
        var titleKeys = Keys(title, loose);
        var textKeys = Keys(text, loose);
        return new SearchDocument(titleKeys, textKeys, loose.ToString());
    }

    private static string Keys(List<MatchToken> tokens, StringBuilder loose)
    {
        var keys = new StringBuilder();
        foreach (var token in tokens)
        {
            if (token.IsStopword)
            {
                continue;
            }
            Append(keys, token.Key);
            if (LooseKey.Of(token.Key) is { } looseKey)
            {
                Append(loose, looseKey);
            }
        }
        return keys.ToString();
    }

    private static void Append(StringBuilder builder, string key)
    {
        if (builder.Length > 0)
        {
            builder.Append(' ');
        }
        builder.Append(key);
    }
}
