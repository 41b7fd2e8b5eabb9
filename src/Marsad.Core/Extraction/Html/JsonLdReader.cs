using System.Text.Json;
using AngleSharp.Dom;

namespace Marsad.Extraction.Html;

/// <summary>
/// Reads the schema.org JSON-LD blocks of a page and picks the node describing its article. Blocks are often
/// sloppy (raw line breaks inside strings, trailing commas, several blocks, <c>@graph</c> lists); a block that still
/// does not parse is skipped, never fatal.
/// </summary>
internal static class JsonLdReader
{
    private static readonly JsonDocumentOptions Lenient = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public static JsonLdArticle Read(IDocument document)
    {
        var nodes = new List<JsonElement>();
        var parsed = new List<JsonDocument>();
        try
        {
            foreach (var script in document.QuerySelectorAll("script[type]"))
            {
                if (!string.Equals(script.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }
                if (TryParse(script.TextContent) is { } json)
                {
                    parsed.Add(json);
                    Collect(json.RootElement, nodes, depth: 0);
                }
            }
            var article = nodes.FirstOrDefault(n => IsArticleType(TypeOf(n)));
            var page = nodes.FirstOrDefault(n => TypeOf(n)?.EndsWith("Page", StringComparison.Ordinal) == true);
            return article.ValueKind == JsonValueKind.Object ? ToArticle(article)
                : page.ValueKind == JsonValueKind.Object ? ToArticle(page)
                : JsonLdArticle.None;
        }
        finally
        {
            parsed.ForEach(json => json.Dispose());
        }
    }

    private static JsonDocument? TryParse(string text)
    {
        // Raw control characters are invalid inside JSON strings and harmless as white space outside them.
        var cleaned = string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? ' ' : source[i];
            }
        });
        try
        {
            return JsonDocument.Parse(cleaned.Trim().TrimEnd(';'), Lenient);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Objects with a type, in document order, looking inside arrays and <c>@graph</c> lists.</summary>
    private static void Collect(JsonElement element, List<JsonElement> nodes, int depth)
    {
        if (depth > 4)
        {
            return;
        }
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, nodes, depth + 1);
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            if (TypeOf(element) is not null)
            {
                nodes.Add(element);
            }
            if (element.TryGetProperty("@graph", out var graph))
            {
                Collect(graph, nodes, depth + 1);
            }
            if (element.TryGetProperty("mainEntity", out var main))
            {
                Collect(main, nodes, depth + 1);
            }
        }
    }

    private static bool IsArticleType(string? type) => type is not null
        && (type.Contains("Article", StringComparison.Ordinal) || type.Contains("BlogPosting", StringComparison.Ordinal)
            || type.EndsWith("Report", StringComparison.Ordinal));

    /// <summary>The node's type; when it lists several (<c>["NewsArticle", "WebPage"]</c>), the article-like one.</summary>
    private static string? TypeOf(JsonElement node)
    {
        if (!node.TryGetProperty("@type", out var type))
        {
            return null;
        }
        if (type.ValueKind == JsonValueKind.String)
        {
            return type.GetString();
        }
        if (type.ValueKind == JsonValueKind.Array)
        {
            var types = type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!).ToList();
            return types.FirstOrDefault(IsArticleType) ?? types.FirstOrDefault();
        }
        return null;
    }

    private static JsonLdArticle ToArticle(JsonElement node) => new(
        TypeOf(node),
        Text(node, "headline") ?? Text(node, "name"),
        Text(node, "datePublished"),
        Text(node, "dateCreated"),
        Text(node, "dateModified"),
        Names(node, "author"),
        Names(node, "publisher").FirstOrDefault(),
        Text(node, "articleBody"));

    private static string? Text(JsonElement node, string property) =>
        node.TryGetProperty(property, out var value) ? TextOf(value) : null;

    private static string? TextOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() is { Length: > 0 } s ? s.Trim() : null,
        JsonValueKind.Array => value.EnumerateArray().Select(TextOf).FirstOrDefault(s => s is not null),
        JsonValueKind.Object => Text(value, "@value"),
        _ => null,
    };

    /// <summary>Names of people or organizations: a string, an object with a name, or a list of either.</summary>
    private static List<string> Names(JsonElement node, string property)
    {
        var names = new List<string>();
        if (node.TryGetProperty(property, out var value))
        {
            AddNames(value, names);
        }
        return names;
    }

    private static void AddNames(JsonElement value, List<string> names)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String when value.GetString() is { Length: > 0 } name:
                names.Add(name.Trim());
                break;
            case JsonValueKind.Object when Text(value, "name") is { } name:
                names.Add(name);
                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    AddNames(item, names);
                }
                break;
        }
    }
}
