using System.Buffers;
using System.Text;

namespace Marsad.Input;

/// <summary>
/// How far bytes that are not valid UTF-8 are from being UTF-8: how many multibyte characters are well formed,
/// how many sequences are not, and where the first bad one is. Text in a single-byte encoding has almost no
/// well-formed multibyte characters; a damaged UTF-8 file has many, and a few bad bytes.
/// </summary>
internal readonly record struct Utf8Scan(int ValidMultibyte, int Invalid, int FirstInvalidOffset)
{
    /// <summary>At least this share of the non-ASCII sequences must be well formed for the file to be damaged UTF-8.</summary>
    private const double DamagedUtf8MinValidShare = 0.8;

    public bool LooksLikeDamagedUtf8 =>
        Invalid > 0 && ValidMultibyte >= DamagedUtf8MinValidShare * (ValidMultibyte + Invalid);

    public static Utf8Scan Of(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, invalid = 0, first = -1, offset = 0;
        while (offset < bytes.Length)
        {
            if (bytes[offset] < 0x80)
            {
                offset++;
                continue;
            }
            var status = Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status == OperationStatus.Done)
            {
                valid++;
            }
            else
            {
                invalid++;
                first = first < 0 ? offset : first;
            }
            offset += Math.Max(1, consumed);
        }
        return new Utf8Scan(valid, invalid, first);
    }
}
