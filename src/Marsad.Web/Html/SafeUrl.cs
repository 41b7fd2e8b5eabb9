namespace Marsad.Web.Html;

/// <summary>
/// An article's original address, made a link only when it is an absolute http or https address: anything else
/// (<c>javascript:</c>, <c>data:</c>, relative paths) stays text, so a link on a page never runs or loads content.
/// </summary>
internal static class SafeUrl
{
    public static string? Http(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
        {
            return null;
        }
        return uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps ? uri.AbsoluteUri : null;
    }
}
