namespace Marsad.Input;

/// <summary>
/// Charset labels as pages and servers write them (<c>UTF8</c>, <c>cp1256</c>, <c>ISO_8859-6</c>, <c>arabic</c>),
/// after the WHATWG Encoding Standard's label table for the encodings Marsad reads, and the names Marsad reports.
/// </summary>
internal static class CharsetLabels
{
    private static readonly Dictionary<string, TextEncodingKind> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["utf-8"] = TextEncodingKind.Utf8,
        ["utf8"] = TextEncodingKind.Utf8,
        ["unicode-1-1-utf-8"] = TextEncodingKind.Utf8,
        ["unicode11utf8"] = TextEncodingKind.Utf8,
        ["unicode20utf8"] = TextEncodingKind.Utf8,
        ["x-unicode20utf8"] = TextEncodingKind.Utf8,
        ["utf-16"] = TextEncodingKind.Utf16LittleEndian,
        ["utf-16le"] = TextEncodingKind.Utf16LittleEndian,
        ["unicode"] = TextEncodingKind.Utf16LittleEndian,
        ["ucs-2"] = TextEncodingKind.Utf16LittleEndian,
        ["utf-16be"] = TextEncodingKind.Utf16BigEndian,
        ["unicodefffe"] = TextEncodingKind.Utf16BigEndian,
        ["windows-1256"] = TextEncodingKind.Windows1256,
        ["cp1256"] = TextEncodingKind.Windows1256,
        ["x-cp1256"] = TextEncodingKind.Windows1256,
        ["iso-8859-6"] = TextEncodingKind.Iso88596,
        ["iso8859-6"] = TextEncodingKind.Iso88596,
        ["iso88596"] = TextEncodingKind.Iso88596,
        ["iso_8859-6"] = TextEncodingKind.Iso88596,
        ["iso_8859-6:1987"] = TextEncodingKind.Iso88596,
        ["iso-8859-6-e"] = TextEncodingKind.Iso88596,
        ["iso-8859-6-i"] = TextEncodingKind.Iso88596,
        ["iso-ir-127"] = TextEncodingKind.Iso88596,
        ["csiso88596e"] = TextEncodingKind.Iso88596,
        ["csiso88596i"] = TextEncodingKind.Iso88596,
        ["csisolatinarabic"] = TextEncodingKind.Iso88596,
        ["ecma-114"] = TextEncodingKind.Iso88596,
        ["asmo-708"] = TextEncodingKind.Iso88596,
        ["arabic"] = TextEncodingKind.Iso88596,
    };

    public static TextEncodingKind Parse(string? label) =>
        label is null ? TextEncodingKind.Other : Labels.GetValueOrDefault(label.Trim().Trim('"', '\''), TextEncodingKind.Other);

    /// <summary>The name <see cref="DecodedText.EncodingName"/> reports.</summary>
    public static string NameOf(TextEncodingKind kind) => kind switch
    {
        TextEncodingKind.Utf8 => "utf-8",
        TextEncodingKind.Utf16LittleEndian => "utf-16le",
        TextEncodingKind.Utf16BigEndian => "utf-16be",
        TextEncodingKind.Windows1256 => "windows-1256",
        TextEncodingKind.Iso88596 => "iso-8859-6",
        _ => "unknown",
    };
}
