using System.Globalization;
using System.Text.Json;
using Marsad.Articles;

namespace Marsad.Input;

/// <summary>
/// Maps one JSON object onto a <see cref="RawArticle"/>: Marsad's own fields (JSONL.md), or a SaudiNewsNet
/// record (<c>source</c>, <c>url</c>, <c>date_extracted</c>, <c>title</c>, <c>author</c>, <c>content</c>) as it is.
/// A SaudiNewsNet record has no id, so its URL serves as one.
/// </summary>
public static class JsonArticleMapper
{
    public static InputItem Map(JsonElement element, string origin)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return new InputProblem(origin, $"expected a JSON object for an article, found {Describe(element.ValueKind)}");
        }
        var text = String(element, "text") ?? String(element, "content");
        var html = String(element, "html");
        var url = String(element, "url");
        var id = String(element, "id") ?? (String(element, "content") is not null ? url : null);
        if (string.IsNullOrWhiteSpace(id))
        {
            return new InputProblem(origin, "the article has no \"id\"");
        }
        if (string.IsNullOrWhiteSpace(text) && string.IsNullOrWhiteSpace(html))
        {
            return new InputProblem(origin, $"article \"{id}\" has neither \"text\" nor \"html\"");
        }
        return new ArticleInput(new RawArticle(
            Id: id.Trim(),
            Origin: origin,
            Text: text,
            Html: html,
            Title: String(element, "title"),
            Url: url,
            Outlet: String(element, "outlet") ?? String(element, "source"),
            Published: String(element, "published"),
            Fetched: String(element, "fetched") ?? String(element, "date_extracted"),
            Author: String(element, "author")));
    }

    /// <summary>A string field; numbers are accepted as their text (ids are often numeric).</summary>
    private static string? String(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }

    private static string Describe(JsonValueKind kind) =>
        kind.ToString().ToLower(CultureInfo.InvariantCulture) switch
        {
            "array" => "an array",
            "object" => "an object",
            var other => other,
        };
}
