using System.Text.Json;

namespace Marsad.Input;

/// <summary>
/// Reads a <c>.json</c> file: an array of article objects (SaudiNewsNet's day files among them), streamed
/// element by element so a large file never sits in memory whole, or a single article object.
/// Broken JSON stops that file with a message naming the line; the articles read before it are kept.
/// </summary>
public static class JsonDocumentReader
{
    public static IEnumerable<InputItem> Read(Stream stream, string origin)
    {
        var buffered = PeekedStream.Peek(stream, 4096, out var head);
        var first = FirstSignificantByte(head);
        if (first < 0)
        {
            yield return new InputProblem(origin, "the file is empty");
            yield break;
        }
        if (first == '{')
        {
            yield return ReadSingle(buffered, origin);
            yield break;
        }
        if (first != '[')
        {
            yield return new InputProblem(origin, "not JSON: a .json file must hold an array of articles or one article object");
            yield break;
        }
        var index = 0;
        foreach (var element in JsonArrayElements.Read(buffered))
        {
            if (element.Error is { } error)
            {
                yield return new InputProblem($"{origin}:{element.Line}",
                    $"invalid JSON after {index} articles ({error}); the rest of the file was skipped");
                yield break;
            }
            index++;
            using var document = JsonDocument.Parse(element.Bytes);
            yield return JsonArticleMapper.Map(document.RootElement, $"{origin}[{index}]");
        }
    }

    private static InputItem ReadSingle(Stream stream, string origin)
    {
        try
        {
            using var document = JsonDocument.Parse(stream);
            return JsonArticleMapper.Map(document.RootElement, origin);
        }
        catch (JsonException error)
        {
            return new InputProblem(Where(origin, error), $"invalid JSON ({JsonLinesReader.ShortJsonMessage(error)})");
        }
    }

    private static string Where(string origin, JsonException error) =>
        error.LineNumber is { } line ? $"{origin}:{line + 1}" : origin;

    /// <summary>The first byte past a BOM and whitespace, or -1.</summary>
    private static int FirstSignificantByte(ReadOnlySpan<byte> head)
    {
        foreach (var b in head)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF))
            {
                return b;
            }
        }
        return -1;
    }
}
