namespace Marsad.Input;

/// <summary>The kinds of input file Marsad reads, told apart by extension.</summary>
public enum InputFormat
{
    Unsupported,
    Text,
    Html,
    Json,
    JsonLines,
    Zip,
}

public static class InputFormats
{
    public static InputFormat Of(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".TXT" => InputFormat.Text,
        ".HTML" or ".HTM" => InputFormat.Html,
        ".JSON" => InputFormat.Json,
        ".JSONL" or ".NDJSON" => InputFormat.JsonLines,
        ".ZIP" => InputFormat.Zip,
        _ => InputFormat.Unsupported,
    };

    public const string Supported = ".txt, .html, .htm, .json, .jsonl, .zip";
}
