using System.Text;
using System.Text.RegularExpressions;

namespace Marsad.Input;

/// <summary>
/// Finds the charset an HTML page declares in its first kilobyte: <c>&lt;meta charset="windows-1256"&gt;</c>,
/// <c>&lt;meta http-equiv="Content-Type" content="text/html; charset=windows-1256"&gt;</c>, or an XML declaration's
/// <c>encoding</c>. Declarations are ASCII in every encoding a page can declare this way, so the bytes are read as
/// Latin-1 without knowing the encoding yet. Commented-out tags do not count.
/// </summary>
public static partial class HtmlCharsetSniffer
{
    /// <summary>How far to look, as browsers' pre-scan does.</summary>
    public const int PrescanLength = 1024;

    /// <summary>The declared label as written (<c>windows-1256</c>), or null when the page declares none.</summary>
    public static string? Sniff(ReadOnlySpan<byte> bytes)
    {
        var head = Comment().Replace(Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanLength)]), " ");
        foreach (Match meta in MetaTag().Matches(head))
        {
            if (CharsetValue().Match(meta.Value) is { Success: true } charset)
            {
                return charset.Groups["label"].Value;
            }
        }
        var xml = XmlDeclaration().Match(head);
        return xml.Success ? xml.Groups["label"].Value : null;
    }

    [GeneratedRegex(@"<!--.*?(?:-->|$)", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Comment();

    [GeneratedRegex(@"<meta\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaTag();

    // Both <meta charset="x"> and content="text/html; charset=x" have "charset=" before the label.
    [GeneratedRegex(@"charset\s*=\s*[""']?\s*(?<label>[A-Za-z0-9._:\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetValue();

    [GeneratedRegex(@"^\s*<\?xml\b[^>]*\bencoding\s*=\s*[""'](?<label>[A-Za-z0-9._:\-]+)[""']", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex XmlDeclaration();
}
