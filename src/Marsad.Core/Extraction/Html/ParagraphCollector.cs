using System.Text;
using AngleSharp.Dom;

namespace Marsad.Extraction.Html;

/// <summary>
/// Turns an element into paragraphs of display text as a reader sees them: block elements and line breaks end a
/// paragraph, runs of white space become one space, and what is never shown as text (scripts, styles, frames,
/// form controls, navigation, comments) is skipped. (Not &lt;form&gt; itself: ASP.NET pages wrap everything in one.)
/// </summary>
internal static class ParagraphCollector
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "button", "select",
        "option", "input", "textarea", "nav", "head", "title", "meta", "link",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
        "li", "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr",
        "ul", "br", "center",
    };

    public static List<string> Collect(INode root)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        Walk(root, current, paragraphs);
        Flush(current, paragraphs);
        return paragraphs;
    }

    private static void Walk(INode node, StringBuilder current, List<string> paragraphs)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    current.Append(text.Data);
                    break;
                case IElement element when Skipped.Contains(element.LocalName):
                    break;
                case IElement element when Blocks.Contains(element.LocalName):
                    Flush(current, paragraphs);
                    Walk(element, current, paragraphs);
                    Flush(current, paragraphs);
                    break;
                case IElement element:
                    Walk(element, current, paragraphs);
                    break;
            }
        }
    }

    private static void Flush(StringBuilder current, List<string> paragraphs)
    {
        var paragraph = DisplayWhitespace.Normalize(current);
        current.Clear();
        if (paragraph.Length > 0)
        {
            paragraphs.Add(paragraph);
        }
    }
}
