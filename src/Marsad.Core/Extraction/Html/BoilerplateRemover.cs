using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Marsad.Extraction.Html;

/// <summary>
/// Removes what Readability leaves inside the article element but a reader does not count as the article: picture
/// captions and credits, galleries, related-article rails, share, comment and poll widgets, author boxes and
/// link-only teasers. Each rule was kept because leaving it out lowers F1 on the extraction benchmark (with the
/// others on: class names 0.005, teasers 0.002, figures 0.001); rules that changed nothing there (hidden elements,
/// &lt;time&gt;, byline and date class names) were dropped.
/// </summary>
internal static partial class BoilerplateRemover
{
    /// <summary>A block whose text is mostly links and this short is a teaser ("Read more: ...").</summary>
    private const int TeaserMaxWords = 20;
    private const double TeaserMinLinkShare = 0.6;

    public static void Clean(IElement content)
    {
        var total = content.TextContent.Length;
        foreach (var element in content.QuerySelectorAll("*").ToList())
        {
            // An earlier removal may have taken this element with it.
            if (element.Parent is null || !content.Contains(element))
            {
                continue;
            }
            if (IsBoilerplate(element) && !HoldsMostOfTheText(element, total))
            {
                element.Remove();
            }
        }
    }

    private static bool IsBoilerplate(IElement element) => element.LocalName switch
    {
        "figcaption" => true,
        "figure" => ShowsMedia(element),
        "p" or "li" or "h2" or "h3" or "h4" or "h5" or "h6" when IsTeaser(element) => true,
        _ => HasBoilerplateName(element),
    };

    /// <summary>
    /// A wrapper that happens to carry a boilerplate-sounding class ("article has-gallery") must not take the
    /// article with it.
    /// </summary>
    private static bool HoldsMostOfTheText(IElement element, int total)
    {
        var length = element.TextContent.Length;
        return length > 200 && length > total * 0.4;
    }

    /// <summary>A figure around a picture or video: its only text is a caption and a credit.</summary>
    private static bool ShowsMedia(IElement figure) =>
        figure.QuerySelector("img, picture, video, svg, iframe") is not null && figure.QuerySelectorAll("p").Length <= 1;

    private static bool HasBoilerplateName(IElement element)
    {
        var names = $"{element.ClassName} {element.Id}";
        return names.Length > 1 && BoilerplateName().IsMatch(names);
    }

    private static bool IsTeaser(IElement block)
    {
        var text = block.TextContent.Trim();
        if (text.Length == 0)
        {
            return false;
        }
        var linked = block.QuerySelectorAll("a").Sum(a => a.TextContent.Trim().Length);
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        return linked >= text.Length * TeaserMinLinkShare && words <= TeaserMaxWords;
    }

    // Whole words of class and id names: "article__media-caption" has the word "caption", "shared-content" has none.
    [GeneratedRegex(@"(?:^|[\s_-])(?:caption|credits?|gallery|slideshow|carousel|related|rail|teaser|share|sharing|social|newsletter|subscribe|signup|promo|comments?|poll|breadcrumbs?|tags|author-bio|bio|advert|advertisement|ads?|sponsor(?:ed)?|outbrain|taboola|recommended|more-stories|read-more|print)(?:$|[\s_-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BoilerplateName();
}
