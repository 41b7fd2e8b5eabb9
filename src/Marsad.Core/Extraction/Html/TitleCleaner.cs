namespace Marsad.Extraction.Html;

/// <summary>
/// Takes the site's name off a page title: <c>عنوان الخبر - الشرق الأوسط</c> and <c>سبق | عنوان الخبر</c> become
/// <c>عنوان الخبر</c>. A segment goes when it names the site (as the page names itself, or its host); a short last
/// segment after <c>|</c> goes too, since <c>|</c> almost only separates a site's name. A short segment after a
/// dash stays unless it names the site: Arabic headlines end in <c>- صور</c> or <c>- فيديو</c>.
/// </summary>
internal static class TitleCleaner
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " « ", " » ", " • ", " · ", " ｜ "];
    private const int MaxSiteNameWords = 4;

    public static string Clean(string title, IReadOnlyCollection<string> siteNames)
    {
        var cleaned = Collapse(title);
        for (var pass = 0; pass < 2; pass++)
        {
            var (head, tail, separator) = SplitLast(cleaned);
            if (tail is not null && (NamesSite(tail, siteNames) || separator.Trim() == "|" && IsShortSegment(tail, head!)))
            {
                cleaned = head!;
                continue;
            }
            var (first, remainder) = SplitFirst(cleaned);
            if (remainder is not null && NamesSite(first!, siteNames))
            {
                cleaned = remainder;
                continue;
            }
            break;
        }
        return cleaned;
    }

    private static (string? Head, string? Tail, string Separator) SplitLast(string title)
    {
        var best = -1;
        var separator = "";
        foreach (var candidate in Separators)
        {
            var at = title.LastIndexOf(candidate, StringComparison.Ordinal);
            if (at > best)
            {
                best = at;
                separator = candidate;
            }
        }
        return best > 0 ? (title[..best].Trim(), title[(best + separator.Length)..].Trim(), separator) : (null, null, "");
    }

    private static (string? First, string? Remainder) SplitFirst(string title)
    {
        var best = -1;
        var length = 0;
        foreach (var candidate in Separators)
        {
            var at = title.IndexOf(candidate, StringComparison.Ordinal);
            if (at > 0 && (best < 0 || at < best))
            {
                best = at;
                length = candidate.Length;
            }
        }
        return best > 0 ? (title[..best].Trim(), title[(best + length)..].Trim()) : (null, null);
    }

    private static bool NamesSite(string segment, IReadOnlyCollection<string> siteNames)
    {
        var folded = LooseText.Fold(segment);
        if (folded.Length == 0 || WordCount(segment) > MaxSiteNameWords + 2)
        {
            return false;
        }
        foreach (var name in siteNames)
        {
            var site = LooseText.Fold(name);
            if (site.Length > 1 && (folded == site || folded.Contains(site, StringComparison.Ordinal)
                || site.Contains(folded, StringComparison.Ordinal) && folded.Length >= 3))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsShortSegment(string tail, string head) =>
        WordCount(tail) <= MaxSiteNameWords && WordCount(head) >= 2;

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static string Collapse(string text) => DisplayWhitespace.Normalize(text);
}
