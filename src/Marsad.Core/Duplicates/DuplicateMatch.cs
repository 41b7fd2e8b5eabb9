namespace Marsad.Duplicates;

/// <summary>
/// A found copy: the article it matched (itself the canonical one, or a copy pointing at it), and how close.
/// Copies of copies point at the first article of the group, so there are no chains.
/// </summary>
public sealed record DuplicateMatch(ArticleFingerprint Matched, double Jaccard, double Containment, bool Exact)
{
    public string CanonicalId => Matched.CanonicalId;

    public string EventId => Matched.EventId;
}
