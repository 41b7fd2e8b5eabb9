using Marsad.Entities;
using Marsad.Quotes;
using Marsad.Storage.Reading;
using Marsad.Web.Html;

namespace Marsad.Web.Pages;

/// <summary>
/// An article's display text as paragraphs, with its quotations and entities marked where they stand: a quotation
/// as a span naming its speaker, an entity as a link to its page. Quotations are the outer marks; an entity that
/// straddles a quotation's edge, or overlaps an earlier mark, is left unmarked. Every piece of text goes through
/// <see cref="HtmlWriter.Text"/>, so nothing in the article becomes markup.
/// </summary>
internal static class MarkedText
{
    public static void Write(HtmlWriter w, ArticleRecord article)
    {
        var text = article.Text;
        var quotes = article.Quotes.OrderBy(q => q.Start).ToList();
        var entities = article.Entities.OrderBy(e => e.Start).ToList();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            var (from, to) = Trimmed(text, start, end);
            if (from < to)
            {
                w.Open("p");
                Paragraph(w, text, from, to, quotes, entities);
                w.Close();
            }
            start = end + 1;
        }
    }

    private static void Paragraph(HtmlWriter w, string text, int from, int to, List<Quotation> quotes, List<ArticleEntity> entities)
    {
        var position = from;
        foreach (var quote in quotes)
        {
            var (start, end) = (Math.Max(quote.Start, from), Math.Min(quote.End, to));
            if (start >= end || start < position)
            {
                continue;
            }
            Plain(w, text, position, start, entities);
            w.Open("span", ("class", quote.Direct ? "quote direct" : "quote"), ("title", quote.Speaker is null ? "اقتباس" : "قال " + quote.Speaker));
            Plain(w, text, start, end, entities);
            w.Close();
            position = end;
        }
        Plain(w, text, position, to, entities);
    }

    /// <summary>Text between two offsets, with the entities wholly inside it as links.</summary>
    private static void Plain(HtmlWriter w, string text, int from, int to, List<ArticleEntity> entities)
    {
        var position = from;
        foreach (var entity in entities)
        {
            if (entity.Start < position || entity.End > to)
            {
                continue;
            }
            w.Text(text[position..entity.Start]);
            w.Element("a", text[entity.Start..entity.End], ("href", Links.Entity(entity.Key)),
                ("class", "entity " + EntityTypeCodes.ToCode(entity.Type).ToLowerInvariant()));
            position = entity.End;
        }
        w.Text(text[position..to]);
    }

    private static (int From, int To) Trimmed(string text, int from, int to)
    {
        while (from < to && char.IsWhiteSpace(text[from]))
        {
            from++;
        }
        while (to > from && char.IsWhiteSpace(text[to - 1]))
        {
            to--;
        }
        return (from, to);
    }
}
