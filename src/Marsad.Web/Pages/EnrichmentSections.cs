using Marsad.Web.Enrichment;
using Marsad.Web.Html;

namespace Marsad.Web.Pages;

/// <summary>
/// The entity and quotation sections of event and article pages. Stores hold no quotations yet (see
/// <see cref="IQuoteSource"/>); with nothing to show, a section is left out rather than shown empty.
/// </summary>
internal static class EnrichmentSections
{
    private static readonly Dictionary<string, string> KindNames = new(StringComparer.Ordinal)
    {
        ["person"] = "أشخاص",
        ["location"] = "أماكن",
        ["organization"] = "منظمات",
        ["miscellaneous"] = "أخرى",
    };

    public static void Entities(HtmlWriter w, IReadOnlyList<EntityView> entities)
    {
        if (entities.Count == 0)
        {
            return;
        }
        w.Open("section", ("class", "entities"), ("aria-label", "الكيانات"));
        w.Element("h2", "من وأين");
        foreach (var kind in entities.GroupBy(e => e.Kind, StringComparer.Ordinal).OrderBy(k => KindOrder(k.Key)))
        {
            w.Element("h3", KindName(kind.Key));
            w.Open("ul", ("class", "chips"));
            foreach (var entity in kind)
            {
                w.Open("li").Element("a", entity.Name, ("href", Links.Entity(entity.Id))).Close();
            }
            w.Close();
        }
        w.Close();
    }

    /// <summary>A kind's name, plural, as a heading.</summary>
    public static string KindName(string kind) => KindNames.GetValueOrDefault(kind, "أخرى");

    /// <summary>People first, then places, organizations, others, whatever order the entities came in.</summary>
    private static int KindOrder(string kind) => kind switch
    {
        "person" => 0,
        "location" => 1,
        "organization" => 2,
        _ => 3,
    };

    /// <summary>Quotations grouped by who said them, each with the outlet that reported it.</summary>
    public static void Quotes(HtmlWriter w, IReadOnlyList<QuoteView> quotes)
    {
        if (quotes.Count == 0)
        {
            return;
        }
        w.Open("section", ("class", "quotes"), ("aria-label", "الاقتباسات"));
        w.Element("h2", "ماذا قالوا");
        foreach (var speaker in quotes.GroupBy(q => q.Speaker, StringComparer.Ordinal))
        {
            var entityId = speaker.First().SpeakerEntityId;
            w.Open("h3");
            if (entityId is null)
            {
                w.Text(speaker.Key);
            }
            else
            {
                w.Element("a", speaker.Key, ("href", Links.Entity(entityId)));
            }
            w.Close();
            foreach (var quote in speaker)
            {
                w.Open("blockquote").Element("p", quote.Text)
                    .Open("footer").Element("a", quote.Outlet ?? "المصدر", ("href", Links.Article(quote.ArticleId))).Close()
                    .Close();
            }
        }
        w.Close();
    }
}
