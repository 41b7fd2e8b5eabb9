using System.Text;

namespace Marsad.Input;

/// <summary>
/// Reads bytes in one of the two single-byte Arabic encodings. They share the letters ء to ض (0xC1-0xD6) and
/// differ after: ISO-8859-6 has the rest of the alphabet at 0xD7-0xDA and 0xE0-0xEA and nothing at 0xDB-0xDF or
/// 0xF3-0xFF; Windows-1256 puts غ ـ ف ق ك at 0xDB-0xDF and spreads the rest among French accented letters
/// (ل at 0xE1 between à and â). So Windows-1256 text has bytes ISO-8859-6 lacks, and ISO-8859-6 text read as
/// Windows-1256 grows accented Latin letters inside Arabic words. The declared encoding is used when the bytes
/// read plausibly in it; otherwise the one that reads as Arabic wins.
/// </summary>
internal static class ArabicSingleByteDecoder
{
    private const int SampleLength = 64 * 1024;

    // Used from the provider directly rather than registered process-wide: nothing else needs to see code pages.
    private static readonly Encoding Windows1256 = CodePagesEncodingProvider.Instance.GetEncoding(1256)!;
    private static readonly Encoding Iso88596 = CodePagesEncodingProvider.Instance.GetEncoding(28596)!;

    public static DecodedText? Decode(ReadOnlySpan<byte> bytes, TextEncodingKind declared)
    {
        var sample = bytes[..Math.Min(bytes.Length, SampleLength)];
        var windows = Read(sample, TextEncodingKind.Windows1256);
        var iso = Read(sample, TextEncodingKind.Iso88596);
        SingleByteReading? chosen =
            declared == TextEncodingKind.Windows1256 && windows.IsPlausible ? windows
            : declared == TextEncodingKind.Iso88596 && iso.IsPlausible ? iso
            : windows.IsPlausible && (!iso.IsPlausible || windows.Score >= iso.Score) ? windows
            : iso.IsPlausible ? iso
            : null;
        return chosen is { } reading
            ? new DecodedText(EncodingOf(reading.Kind).GetString(bytes), CharsetLabels.NameOf(reading.Kind))
            : null;
    }

    private static Encoding EncodingOf(TextEncodingKind kind) => kind == TextEncodingKind.Iso88596 ? Iso88596 : Windows1256;

    private static SingleByteReading Read(ReadOnlySpan<byte> sample, TextEncodingKind kind)
    {
        var unassigned = 0;
        if (kind == TextEncodingKind.Iso88596)
        {
            foreach (var b in sample)
            {
                unassigned += IsAssignedInIso88596(b) ? 0 : 1;
            }
        }
        var text = EncodingOf(kind).GetString(sample);
        int words = 0, mixed = 0, articles = 0;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetter(text[i]) || IsArabicMark(text[i]));
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = text.AsSpan(start, i - start);
                words++;
                mixed += HasArabic(word) && HasLatin(word) ? 1 : 0;
                articles += word.StartsWith("ال", StringComparison.Ordinal) && word.Length > 2 ? 1 : 0;
                start = -1;
            }
        }
        return new SingleByteReading(kind, words, unassigned, mixed, articles);
    }

    /// <summary>
    /// ISO-8859-6 assigns ASCII, no-break space, ¤, the Arabic comma, soft hyphen, ؛ and ؟, and letters and harakat
    /// at 0xC1-0xDA and 0xE0-0xF2. C1 controls (0x80-0x9F) are assigned but never in text. (.NET maps the unassigned
    /// bytes to private-use characters instead of failing, so the table is checked here.)
    /// </summary>
    private static bool IsAssignedInIso88596(byte b) =>
        b is < 0x80 or 0xA0 or 0xA4 or 0xAC or 0xAD or 0xBB or 0xBF or >= 0xC1 and <= 0xDA or >= 0xE0 and <= 0xF2;

    private static bool IsArabicMark(char c) => c is >= '\u064B' and <= '\u065F' or '\u0670';

    private static bool HasArabic(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c is >= '\u0600' and <= '\u06FF')
            {
                return true;
            }
        }
        return false;
    }

    private static bool HasLatin(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '\u00C0' and <= '\u024F')
            {
                return true;
            }
        }
        return false;
    }
}
