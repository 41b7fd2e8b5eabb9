namespace Marsad.Input;

/// <summary>The byte-order marks Marsad reads: UTF-8 (EF BB BF), UTF-16 little-endian (FF FE) and big-endian (FE FF).</summary>
internal static class ByteOrderMark
{
    public static (TextEncodingKind Kind, int Length)? Detect(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (TextEncodingKind.Utf8, 3),
        // FF FE 00 00 is UTF-32's mark; no Arabic text starts with U+0000, so it is not UTF-16.
        [0xFF, 0xFE, 0x00, 0x00, ..] => null,
        [0xFF, 0xFE, ..] => (TextEncodingKind.Utf16LittleEndian, 2),
        [0xFE, 0xFF, ..] => (TextEncodingKind.Utf16BigEndian, 2),
        _ => null,
    };
}
