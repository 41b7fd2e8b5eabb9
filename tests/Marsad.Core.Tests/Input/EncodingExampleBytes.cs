using System.Globalization;
using System.Text;

namespace Marsad.Tests.Input;

/// <summary>
/// Makes the bytes of an encoding example from its readable recipe, so that the example table can show the
/// Arabic text instead of hex: <c>windows-1256</c>, <c>utf-16le + BOM</c>, <c>utf-8, byte FF inserted at 12</c>,
/// <c>utf-8, last byte cut</c>, <c>random bytes</c>, <c>no bytes</c>.
/// </summary>
internal static class EncodingExampleBytes
{
    private const string Inserted = ", byte ";
    private static readonly EncodingProvider CodePages = CodePagesEncodingProvider.Instance;

    public static byte[] Make(string recipe, string text)
    {
        switch (recipe)
        {
            case "no bytes":
                return [];
            case "random bytes":
                var random = new byte[2000];
                new Random(7).NextBytes(random);
                return random;
            case "utf-8, last byte cut":
                var whole = Encoding.UTF8.GetBytes(text);
                return whole[..^1];
        }
        if (recipe.Contains(Inserted, StringComparison.Ordinal))
        {
            // "utf-8, byte FF inserted at 12"
            var parts = recipe[(recipe.IndexOf(Inserted, StringComparison.Ordinal) + Inserted.Length)..].Split(' ');
            var value = byte.Parse(parts[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var at = int.Parse(parts[^1], CultureInfo.InvariantCulture);
            var bytes = Make(recipe[..recipe.IndexOf(',', StringComparison.Ordinal)], text).ToList();
            bytes.Insert(at, value);
            return [.. bytes];
        }
        var withMark = recipe.EndsWith(" + BOM", StringComparison.Ordinal);
        var encoding = EncodingOf(withMark ? recipe[..^" + BOM".Length] : recipe);
        return withMark ? [.. encoding.GetPreamble(), .. encoding.GetBytes(text)] : encoding.GetBytes(text);
    }

    private static Encoding EncodingOf(string name) => name switch
    {
        "utf-8" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
        "utf-16le" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
        "utf-16be" => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
        "windows-1256" => CodePages.GetEncoding(1256)!,
        "iso-8859-6" => CodePages.GetEncoding(28596)!,
        "windows-1252" => CodePages.GetEncoding(1252)!,
        _ => throw new ArgumentException($"Unknown recipe encoding: {name}", nameof(name)),
    };
}
