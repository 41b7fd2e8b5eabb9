using System.Text;
using System.Text.Unicode;

namespace Marsad.Input;

/// <summary>
/// Turns the bytes of a file into text, or says clearly why it cannot: empty, binary, damaged UTF-8, or text in
/// an encoding Marsad does not read. Marsad reads UTF-8 (with or without a byte-order mark), UTF-16 (with one, or
/// told by its byte pattern), Windows-1256 and ISO-8859-6. Mojibake never gets through: a byte that does not fit
/// is an error, not a replacement character.
/// </summary>
public static class TextDecoder
{
    private static readonly UnicodeEncoding StrictUtf16LittleEndian = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16BigEndian = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <param name="declaredCharset">
    /// The charset the source declared (an HTTP header, a crawler's field); when null, an HTML page's own
    /// <c>&lt;meta charset&gt;</c> is used. A declaration is followed only where the bytes agree with it.
    /// </param>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null)
    {
        if (bytes.IsEmpty)
        {
            throw new UndecodableInputException("the file is empty");
        }

        // 1. A byte-order mark settles the encoding.
        if (ByteOrderMark.Detect(bytes) is var (marked, markLength))
        {
            return DecodeUnicode(bytes[markLength..], marked, markLength);
        }

        // 2. Plain UTF-8, most of the input: one vectorized validity check, then one decode. (UTF-16 text that is
        //    all ASCII or all Arabic is valid UTF-8 too, but full of NULs or of 0x06 control bytes.)
        if (!BinaryContent.HasNul(bytes) && Utf8.IsValid(bytes) && !BinaryContent.HasManyControls(bytes))
        {
            return new DecodedText(Encoding.UTF8.GetString(bytes), "utf-8");
        }

        // 3. UTF-16 without a byte-order mark, told by where its high bytes fall.
        if (Utf16Detector.Detect(bytes) is { } utf16)
        {
            return DecodeUnicode(bytes, utf16, 0);
        }

        // 4. What is left with NULs or many control bytes is not text.
        if (BinaryContent.Looks(bytes))
        {
            throw new UndecodableInputException("this is a binary file, not text");
        }

        // 5. Not valid UTF-8. Mostly well-formed UTF-8 with a few bad bytes is a damaged file, whatever it declares:
        //    reading it in another encoding would turn every Arabic letter into two wrong characters.
        var scan = Utf8Scan.Of(bytes);
        if (scan.LooksLikeDamagedUtf8)
        {
            throw DamagedUtf8(bytes, scan.FirstInvalidOffset);
        }

        // 6. A single-byte Arabic encoding: the declared one if the bytes read as text in it, else whichever does.
        var declared = CharsetLabels.Parse(declaredCharset ?? HtmlCharsetSniffer.Sniff(bytes));
        return ArabicSingleByteDecoder.Decode(bytes, declared)
            ?? throw new UndecodableInputException(
                $"the text is not valid UTF-8 (bad byte 0x{bytes[scan.FirstInvalidOffset]:X2} at offset {scan.FirstInvalidOffset}) " +
                "and does not read as Arabic text in Windows-1256 or ISO-8859-6 either; save it as UTF-8 and try again");
    }

    /// <param name="offset">Where <paramref name="bytes"/> starts in the file, for error messages.</param>
    private static DecodedText DecodeUnicode(ReadOnlySpan<byte> bytes, TextEncodingKind kind, int offset)
    {
        if (kind == TextEncodingKind.Utf8)
        {
            return Utf8.IsValid(bytes)
                ? new DecodedText(Encoding.UTF8.GetString(bytes), "utf-8")
                : throw DamagedUtf8(bytes, Utf8Scan.Of(bytes).FirstInvalidOffset, offset);
        }
        var encoding = kind == TextEncodingKind.Utf16BigEndian ? StrictUtf16BigEndian : StrictUtf16LittleEndian;
        try
        {
            return new DecodedText(encoding.GetString(bytes), CharsetLabels.NameOf(kind));
        }
        catch (DecoderFallbackException error)
        {
            throw new UndecodableInputException(
                $"the text is not valid {CharsetLabels.NameOf(kind).ToUpperInvariant()} (bad bytes at offset {offset + error.Index}); " +
                "save it as UTF-8 and try again");
        }
    }

    private static UndecodableInputException DamagedUtf8(ReadOnlySpan<byte> bytes, int badOffset, int fileOffset = 0) => new(
        $"the text is not valid UTF-8 (bad byte 0x{bytes[badOffset]:X2} at offset {fileOffset + badOffset}) though the rest " +
        "of it is: the file looks damaged or cut short; save it as UTF-8 again and retry");
}
