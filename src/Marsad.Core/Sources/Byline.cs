namespace Marsad.Sources;

/// <summary>
/// Who filed an article and from where, as a byline or a dateline says it: <c>لندن: رنيم حنوش</c> is a dateline
/// (London) and an author; <c>القاهرة - سبوتنيك</c> a dateline and an agency. Any part may be missing.
/// </summary>
public sealed record Byline(string? Author, string? Dateline, string? Agency, string? Outlet)
{
    public static readonly Byline Empty = new(null, null, null, null);

    public bool IsEmpty => Author is null && Dateline is null && Agency is null && Outlet is null;

    /// <summary>This byline's parts, with <paramref name="other"/>'s filling what this one lacks.</summary>
    public Byline Or(Byline? other) => other is null
        ? this
        : new Byline(Author ?? other.Author, Dateline ?? other.Dateline, Agency ?? other.Agency, Outlet ?? other.Outlet);
}
