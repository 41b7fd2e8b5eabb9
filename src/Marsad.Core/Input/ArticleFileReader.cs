using Marsad.Articles;

namespace Marsad.Input;

/// <summary>
/// Reads one input file (or zip entry) of a known format. A <c>.txt</c> or <c>.html</c> file is one article,
/// its id given by the caller (the path relative to the folder, without extension).
/// </summary>
public static class ArticleFileReader
{
    public static IEnumerable<InputItem> Read(Stream stream, InputFormat format, string id, string origin, long? length) =>
        format switch
        {
            InputFormat.Text or InputFormat.Html => [ReadSingleArticle(stream, format, id, origin, length)],
            InputFormat.Json => JsonDocumentReader.Read(stream, origin),
            InputFormat.JsonLines => JsonLinesReader.Read(stream, origin),
            _ => [new InputProblem(origin, $"unsupported file type; Marsad reads {InputFormats.Supported}")],
        };

    private static InputItem ReadSingleArticle(Stream stream, InputFormat format, string id, string origin, long? length)
    {
        if (length > InputLimits.MaxArticleBytes)
        {
            return TooLarge(origin, length.Value);
        }
        var bytes = ReadBounded(stream, InputLimits.MaxArticleBytes + 1L);
        if (bytes.Length > InputLimits.MaxArticleBytes)
        {
            return TooLarge(origin, bytes.Length);
        }
        try
        {
            var decoded = TextDecoder.Decode(bytes);
            if (string.IsNullOrWhiteSpace(decoded.Text))
            {
                return new InputProblem(origin, "the file holds no text");
            }
            return new ArticleInput(format == InputFormat.Html
                ? new RawArticle(id, origin, Html: decoded.Text)
                : new RawArticle(id, origin, Text: decoded.Text));
        }
        catch (UndecodableInputException error)
        {
            return new InputProblem(origin, error.Message);
        }
    }

    private static InputProblem TooLarge(string origin, long length) => new(origin,
        $"the file is {InputLimits.Describe(length)}; one article may be at most {InputLimits.Describe(InputLimits.MaxArticleBytes)} (for many articles use .jsonl)");

    private static byte[] ReadBounded(Stream stream, long limit)
    {
        using var memory = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while (memory.Length < limit && (read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, limit - memory.Length))) > 0)
        {
            memory.Write(buffer, 0, read);
        }
        return memory.ToArray();
    }
}
