using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Marsad.Tests;

/// <summary>What a page must never hold when untrusted content went into it, checked on the page as a browser parses it.</summary>
public static class MarkupSafety
{
    private static readonly string[] ActiveElements = ["script", "iframe", "object", "embed", "img", "svg", "base", "meta[http-equiv]"];

    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    public static void AssertInert(IDocument page)
    {
        foreach (var selector in ActiveElements)
        {
            Assert.Empty(page.QuerySelectorAll(selector));
        }
        foreach (var element in page.All)
        {
            Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
            Assert.Null(element.GetAttribute("style"));
            foreach (var name in (string[])["href", "src", "action", "formaction"])
            {
                var value = element.GetAttribute(name)?.Trim();
                Assert.False(value is not null && value.Contains("javascript:", StringComparison.OrdinalIgnoreCase),
                    $"<{element.LocalName} {name}=\"{value}\">");
            }
        }
    }
}
