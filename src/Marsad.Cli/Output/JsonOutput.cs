using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Marsad.Cli.Output;

/// <summary>
/// JSON as Marsad writes it: snake_case names (JSONL.md), and Arabic and quotation marks left readable rather than
/// \u-escaped; enums by name (this is data for files and pipes; a web page embedding it must escape it itself).
/// </summary>
internal static class JsonOutput
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static JsonSerializerOptions Indented { get; } = new(Options) { WriteIndented = true };

    public static string Line<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static string Pretty<T>(T value) => JsonSerializer.Serialize(value, Indented);
}
