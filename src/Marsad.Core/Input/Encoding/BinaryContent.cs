namespace Marsad.Input;

/// <summary>Tells binary data from text: NUL bytes, or many control characters in the first few kilobytes.</summary>
internal static class BinaryContent
{
    private const int SampleLength = 8192;
    private const int MaxControlsPerHundred = 5;

    public static bool HasNul(ReadOnlySpan<byte> bytes) => bytes.Contains((byte)0);

    /// <summary>Control characters other than tab, line feed, vertical tab, form feed and carriage return.</summary>
    public static bool HasManyControls(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, SampleLength)];
        var controls = 0;
        foreach (var b in sample)
        {
            if (b < 0x09 || b is > 0x0D and < 0x20 || b == 0x7F)
            {
                controls++;
            }
        }
        return controls * 100 > sample.Length * MaxControlsPerHundred;
    }

    public static bool Looks(ReadOnlySpan<byte> bytes) => HasNul(bytes) || HasManyControls(bytes);
}
