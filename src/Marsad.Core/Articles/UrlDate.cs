using System.Globalization;
using System.Text.RegularExpressions;

namespace Marsad.Articles;

/// <summary>
/// The publication day many outlets put in an article's address: <c>/2015/07/26/</c>, <c>/2020-03-17/</c>,
/// <c>/20150722/</c>. A day that does not exist, or one outside 1990 to a year ahead, is no date.
/// </summary>
public static partial class UrlDate
{
    public static DateOnly? Find(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }
        var match = Pattern().Match(uri.AbsolutePath);
        if (!match.Success)
        {
            return null;
        }
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            && year >= 1990 && year <= DateTime.UtcNow.Year + 1
            ? new DateOnly(year, month, day)
            : null;
    }

    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})[/-](?<m>\d{1,2})[/-](?<d>\d{1,2})(?:/|-|$)|/(?<y>(?:19|20)\d{2})(?<m>\d{2})(?<d>\d{2})(?:/|$)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
