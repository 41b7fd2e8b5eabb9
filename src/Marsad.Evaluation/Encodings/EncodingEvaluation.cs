using System.Text;
using Marsad.Input;
using UtfUnknown;

namespace Marsad.Evaluation.Encodings;

/// <summary>
/// Measures encoding detection: real Arabic article texts written out in each encoding Marsad reads, then read back
/// by Marsad's <see cref="TextDecoder"/> and by UTF.Unknown (a port of Mozilla's universal charset detector), the
/// library a .NET developer would pick instead. A text counts as read right only if it comes back exactly.
/// </summary>
public static class EncodingEvaluation
{
    public sealed record Row(string Encoding, int Texts, int MarsadRight, int PeerRight);

    public static IReadOnlyList<Row> Run(IReadOnlyList<string> texts)
    {
        // The peer looks code pages up by name, which needs the provider registered; Marsad does not.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var codePages = CodePagesEncodingProvider.Instance;
        var cases = new (string Name, Func<string, byte[]?> Encode)[]
        {
            ("utf-8", t => Encoding.UTF8.GetBytes(t)),
            ("utf-8 + BOM", t => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(t)]),
            ("utf-16le + BOM", t => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(t)]),
            ("utf-16le", t => Encoding.Unicode.GetBytes(t)),
            ("utf-16be", t => Encoding.BigEndianUnicode.GetBytes(t)),
            ("windows-1256", t => Strict(codePages.GetEncoding(1256)!, t)),
            ("iso-8859-6", t => Strict(codePages.GetEncoding(28596)!, t)),
        };
        var rows = new List<Row>();
        foreach (var (name, encode) in cases)
        {
            int count = 0, marsad = 0, peer = 0;
            foreach (var text in texts)
            {
                if (encode(text) is not { } bytes)
                {
                    continue;
                }
                count++;
                marsad += MarsadReads(bytes, text) ? 1 : 0;
                peer += PeerReads(bytes, text) ? 1 : 0;
            }
            rows.Add(new Row(name, count, marsad, peer));
        }
        return rows;
    }

    private static bool MarsadReads(byte[] bytes, string text)
    {
        try
        {
            return TextDecoder.Decode(bytes).Text == text;
        }
        catch (UndecodableInputException)
        {
            return false;
        }
    }

    private static bool PeerReads(byte[] bytes, string text)
    {
        var detected = CharsetDetector.DetectFromBytes(bytes).Detected?.Encoding;
        if (detected is null)
        {
            return false;
        }
        var body = detected.GetPreamble() is { Length: > 0 } preamble && bytes.AsSpan().StartsWith(preamble) ? bytes[preamble.Length..] : bytes;
        return detected.GetString(body) == text;
    }

    /// <summary>The text in a single-byte encoding, or null when it holds characters that encoding lacks.</summary>
    private static byte[]? Strict(Encoding encoding, string text)
    {
        var strict = (Encoding)encoding.Clone();
        strict.EncoderFallback = EncoderFallback.ExceptionFallback;
        try
        {
            return strict.GetBytes(text);
        }
        catch (EncoderFallbackException)
        {
            return null;
        }
    }
}
