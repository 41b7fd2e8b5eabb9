using System.Text;
using System.Text.Json;

namespace Marsad.Input;

/// <summary>
/// Reads JSON Lines (JSONL.md): one article object per line. A line that is not valid UTF-8 or JSON, or lacks
/// what an article needs, is reported with its line number and skipped; the rest of the file is still read.
/// </summary>
public static class JsonLinesReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    public static IEnumerable<InputItem> Read(Stream stream, string origin)
    {
        foreach (var line in ByteLines.Read(stream))
        {
            var where = $"{origin}:{line.Number}";
            if (line.IsTooLong)
            {
                yield return new InputProblem(where,
                    $"the line is {InputLimits.Describe(line.TooLongLength)}; an article may be at most {InputLimits.Describe(InputLimits.MaxArticleBytes)}");
                continue;
            }
            var bytes = line.Bytes;
            if (line.Number == 1 && bytes.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                bytes = bytes[3..];
            }
            if (bytes.Span.Trim("\t \r"u8).IsEmpty)
            {
                continue;
            }
            yield return ParseLine(bytes, where);
        }
    }

    private static InputItem ParseLine(ReadOnlyMemory<byte> bytes, string where)
    {
        try
        {
            StrictUtf8.GetCharCount(bytes.Span);
        }
        catch (DecoderFallbackException error)
        {
            return new InputProblem(where, $"the line is not valid UTF-8 (bad byte at column {error.Index + 1})");
        }
        try
        {
            using var document = JsonDocument.Parse(bytes);
            return JsonArticleMapper.Map(document.RootElement, where);
        }
        catch (JsonException error)
        {
            return new InputProblem(where, $"the line is not valid JSON ({ShortJsonMessage(error)})");
        }
    }

    internal static string ShortJsonMessage(JsonException error)
    {
        var message = error.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.');
    }
}
