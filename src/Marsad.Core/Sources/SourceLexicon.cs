using System.Collections.Frozen;
using Marsad.Sources.Vocabulary;
using Marsad.Text;

namespace Marsad.Sources;

/// <summary>
/// Tells places, agencies and outlets apart in the words of a byline, matching on the folded form so that
/// <c>أ. ف. ب</c> and <c>ا ف ب</c>, <c>الاحساء</c> and <c>الأحساء</c> are one. Returns the canonical name of agencies
/// and outlets, and a place as it was written.
/// </summary>
public sealed class SourceLexicon
{
    private readonly FrozenSet<string> places;
    private readonly FrozenDictionary<string, string> agencies;
    private readonly FrozenDictionary<string, string> outlets;
    private readonly FrozenSet<string> roles;

    private SourceLexicon()
    {
        places = Places.All.Select(ArabicFolder.FoldText).ToFrozenSet(StringComparer.Ordinal);
        agencies = Index(NewsAgencies.All);
        outlets = Index(KnownOutlets.All.Select(o => (o.Name, o.Aliases.Append(o.Name).ToArray())));
        roles = BylineRoles.All.Select(ArabicFolder.FoldText).ToFrozenSet(StringComparer.Ordinal);
    }

    public static SourceLexicon Default { get; } = new();

    public bool IsPlace(string phrase) => places.Contains(ArabicFolder.FoldText(phrase));

    public string? Agency(string phrase) => agencies.GetValueOrDefault(ArabicFolder.FoldText(phrase));

    public string? Outlet(string phrase) => outlets.GetValueOrDefault(ArabicFolder.FoldText(phrase));

    /// <summary>A word that says what kind of piece it is (متابعة، تحقيق، كتب، تصوير) rather than who or where.</summary>
    public bool IsRole(string phrase) => roles.Contains(ArabicFolder.FoldText(phrase));

    /// <summary>The outlet a web address belongs to: a known outlet's name, else its host without <c>www.</c>.</summary>
    public string? OutletOfUrl(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            return null;
        }
        var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        var firstSegment = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return (firstSegment is null ? null : Outlet($"{host}/{firstSegment}")) ?? Outlet(host) ?? host.ToLowerInvariant();
    }

    private static FrozenDictionary<string, string> Index(IEnumerable<(string Name, string[] Spellings)> entries)
    {
        var index = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, spellings) in entries)
        {
            foreach (var spelling in spellings)
            {
                index.TryAdd(ArabicFolder.FoldText(spelling), name);
            }
        }
        return index.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
