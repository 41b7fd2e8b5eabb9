namespace Marsad.Search;

/// <summary>How a word of a text matched a search term.</summary>
public enum MatchKind
{
    None,

    /// <summary>Same match key: the same word up to folding and light stemming (الأمريكية, أمريكية).</summary>
    Exact,

    /// <summary>Same loose key only: a spelling variant (الأمريكية, الأميركية, أمريكا).</summary>
    Variant,
}
