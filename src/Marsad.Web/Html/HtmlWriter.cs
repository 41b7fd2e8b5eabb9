using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Marsad.Web.Html;

/// <summary>
/// Builds a page's markup. Tags and attribute names come only from the code (checked); every piece of text and
/// every attribute value goes through the HTML encoder. Article content is untrusted, and this is the one place
/// where it meets markup, so nothing it holds can become a tag, an attribute or a script.
/// </summary>
internal sealed class HtmlWriter
{
    // Arabic stays as it is (readable, a third of the size of character references); <, >, &, quotes are encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder html = new(8192);
    private readonly Stack<string> open = new();

    /// <summary>Opens an element; attributes with a null value are left out. Close it with <see cref="Close"/>.</summary>
    public HtmlWriter Open(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        StartTag(tag, attributes);
        open.Push(tag);
        return this;
    }

    public HtmlWriter Close()
    {
        html.Append("</").Append(open.Pop()).Append('>');
        return this;
    }

    /// <summary>An element holding only text.</summary>
    public HtmlWriter Element(string tag, string? text, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        StartTag(tag, attributes);
        Text(text);
        html.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>An element with no content and no end tag (meta, link, input, br).</summary>
    public HtmlWriter Void(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        StartTag(tag, attributes);
        return this;
    }

    public HtmlWriter Text(string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            html.Append(Encoder.Encode(text));
        }
        return this;
    }

    /// <summary>The finished document; every element opened must have been closed.</summary>
    public string Build()
    {
        if (open.Count > 0)
        {
            throw new InvalidOperationException($"Unclosed elements: {string.Join(", ", open)}.");
        }
        return html.ToString();
    }

    /// <summary>The doctype is the one piece of markup that is not an element.</summary>
    public HtmlWriter Doctype()
    {
        html.Append("<!DOCTYPE html>");
        return this;
    }

    private void StartTag(string tag, ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        CheckName(tag);
        html.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            CheckName(name);
            if (value is null)
            {
                continue;
            }
            html.Append(' ').Append(name).Append("=\"");
            html.Append(Encoder.Encode(value));
            html.Append('"');
        }
        html.Append('>');
    }

    /// <summary>Tag and attribute names are constants in the code; anything else is a bug, never content.</summary>
    private static void CheckName(string name)
    {
        // Event handler attributes (on…) are never written: pages run no inline script.
        if (name.Length == 0 || !name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
            || name.StartsWith("on", StringComparison.Ordinal))
        {
            throw new ArgumentException($"Not a tag or attribute name the pages write: {name}", nameof(name));
        }
    }
}
