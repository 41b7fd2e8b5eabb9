using Marsad.Web.Enrichment;
using Marsad.Web.Html;

namespace Marsad.Web.Pages;

/// <summary>
/// The entity and quotation sections of event and article pages. Stores hold neither yet (see
/// <see cref="IEnrichmentSource"/>); with nothing to show, a section is left out rather than shown empty.
/// </summary>
internal static class EnrichmentSections
{
    private static readonly Dictionary<string, string> KindNames = new(StringComparer.Ordinal)
    {
        ["person"] = "أشخاص",
        ["place"] = "أماكن",
        ["organization"] = "منظمات",
    };

    public static void Entities(HtmlWriter w, IReadOnlyList<EntityView> entities)
    {
        if (entities.Count == 0)
        {
            return;
        }
        w.Open("section", ("class", "entities"), ("aria-label", "الكيانات"));
        w.Element("h2", "من وأين");
        foreach (var kind in entities.GroupBy(e => e.Kind, StringComparer.Ordinal))
        {
            w.Element("h3", KindNames.GetValueOrDefault(kind.Key, "أخرى"));
            w.Open("ul", ("class", "chips"));
            foreach (var entity in kind)
            {
                w.Open("li").Element("a", entity.Name, ("href", Links.Entity(entity.Id))).Close();
            }
            w.Close();
        }
        w.Close();
    }

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
