using System.Text;

namespace Marsad.Input;

/// <summary>
/// Turns the bytes of a file into text, or says clearly why it cannot: empty, binary, or not valid text in an
/// encoding Marsad reads. Mojibake never gets through: invalid bytes are an error, not a replacement character.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null)
    {
        if (bytes.IsEmpty)
        {
            throw new UndecodableInputException("the file is empty");
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new DecodedText(DecodeUtf8(bytes[3..]), "utf-8");
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new DecodedText(Encoding.Unicode.GetString(bytes[2..]), "utf-16le");
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new DecodedText(Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be");
        }
        if (LooksBinary(bytes))
        {
            throw new UndecodableInputException("this is a binary file, not text");
        }
        return new DecodedText(DecodeUtf8(bytes), "utf-8");
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException error)
        {
            throw new UndecodableInputException(
                $"the text is not valid UTF-8 (bad byte at offset {error.Index}); save it as UTF-8 and try again");
        }
    }

    /// <summary>NUL bytes or many control characters in the first few kilobytes mean binary data.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        var controls = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return true;
            }
            if (b < 0x09 || b is > 0x0D and < 0x20)
            {
                controls++;
            }
        }
        return controls > sample.Length / 20;
    }
}
