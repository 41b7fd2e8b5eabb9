using System.Globalization;
using Marsad.Search;
using Marsad.Web.Html;

namespace Marsad.Web.Pages;

/// <summary>Small pieces several pages show: dates, counts, outlet lists, highlighted snippets.</summary>
internal static class Fragments
{
    public static HtmlWriter Days(this HtmlWriter w, DateTime first, DateTime last) =>
        w.Element("time", ArabicDates.Span(first, last), ("datetime", ArabicDates.Iso(first)));

    /// <summary>«الأحداث: 4 · المقالات: 5»: a label per number keeps clear of Arabic's number agreement.</summary>
    public static string Counts(params ReadOnlySpan<(string Label, int Count)> counts)
    {
        var parts = new List<string>(counts.Length);
        foreach (var (label, count) in counts)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{label}: {count}"));
        }
        return string.Join(" · ", parts);
    }

    public static string Outlets(IReadOnlyList<string> outlets) => outlets.Count == 0 ? "مصدر غير معروف" : string.Join("، ", outlets);

    /// <summary>A snippet's text with its matching words in <c>mark</c>, every piece encoded.</summary>
    public static HtmlWriter Snippet(this HtmlWriter w, Snippet snippet)
    {
        var text = snippet.Text;
        var at = 0;
        if (snippet.CutBefore)
        {
            w.Text("… ");
        }
        foreach (var span in snippet.Highlights)
        {
            if (span.Start < at || span.End > text.Length)
            {
                continue;
            }
            w.Text(text[at..span.Start]).Element("mark", text[span.Start..span.End]);
            at = span.End;
        }
        w.Text(text[at..]);
        return snippet.CutAfter ? w.Text(" …") : w;
    }
}
