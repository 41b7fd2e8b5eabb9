using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Marsad.Cli.Output;

/// <summary>
/// JSON as Marsad writes it: snake_case names (JSONL.md), Arabic left readable rather than \u-escaped, and
/// HTML-significant characters still escaped so the output is safe to embed.
/// </summary>
internal static class JsonOutput
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
    };

    public static JsonSerializerOptions Indented { get; } = new(Options) { WriteIndented = true };

    public static string Line<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static string Pretty<T>(T value) => JsonSerializer.Serialize(value, Indented);
}
