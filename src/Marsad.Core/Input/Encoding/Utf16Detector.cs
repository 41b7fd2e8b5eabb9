namespace Marsad.Input;

/// <summary>
/// Recognizes UTF-16 without a byte-order mark by where its high bytes fall: in Arabic text every other byte is
/// 0x06 (U+06xx) or 0x00 (spaces, digits, Latin), always at the same parity, while the other half varies. Odd
/// positions holding them means little-endian, even positions big-endian.
/// </summary>
internal static class Utf16Detector
{
    private const int SampleLength = 4096;
    private const double MinHighShare = 0.9;
    private const double MaxLowShare = 0.3;

    public static TextEncodingKind? Detect(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, SampleLength) & ~1)];
        var pairs = sample.Length / 2;
        if (pairs < 2)
        {
            return null;
        }
        int highEven = 0, highOdd = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            highEven += IsTypicalHighByte(sample[i]) ? 1 : 0;
            highOdd += IsTypicalHighByte(sample[i + 1]) ? 1 : 0;
        }
        if (highOdd >= MinHighShare * pairs && highEven <= MaxLowShare * pairs)
        {
            return TextEncodingKind.Utf16LittleEndian;
        }
        if (highEven >= MinHighShare * pairs && highOdd <= MaxLowShare * pairs)
        {
            return TextEncodingKind.Utf16BigEndian;
        }
        return null;
    }

    /// <summary>
    /// The high byte of Basic Latin (0x00), Arabic (0x06) and Arabic presentation forms (0xFB-0xFE). Not general
    /// punctuation's 0x20: it is also the low byte of every space.
    /// </summary>
    private static bool IsTypicalHighByte(byte b) => b is 0x00 or 0x06 or >= 0xFB and <= 0xFE;
}
