using System.Collections.Concurrent;
using System.Globalization;

namespace Marsad.Quotes.Speakers;

/// <summary>
/// The speaker ranker's feature names, made once per process: every name is a few small parts joined, and
/// joining them anew at every continuation of every article was most of the garbage the ranker added to an enriched
/// ingest. <see cref="Join(string, string)"/> gives the same string a concatenation would, from a cache keyed by its two parts.
/// </summary>
internal static class FeatureNames
{
    private static readonly ConcurrentDictionary<(string, string), string> Joined = new();

    private static readonly string[] Numbers = Enumerable.Range(0, 8).Select(n => n.ToString(CultureInfo.InvariantCulture)).ToArray();

    /// <summary><paramref name="first"/> + <paramref name="second"/>, the same instance each time.</summary>
    public static string Join(string first, string second) =>
        second.Length == 0 ? first : Joined.GetOrAdd((first, second), static parts => string.Concat(parts.Item1, parts.Item2));

    public static string Join(string first, string second, string third) => Join(Join(first, second), third);

    /// <summary>A small count as text (0 to 7) without allocating.</summary>
    public static string Number(int n) => n >= 0 && n < Numbers.Length ? Numbers[n] : n.ToString(CultureInfo.InvariantCulture);

    public static string Of(bool value) => value ? "True" : "False";

    public static string Of<T>(T value)
        where T : struct, Enum => EnumNames<T>.Names[Convert.ToInt32(value, CultureInfo.InvariantCulture)];

    private static class EnumNames<T>
        where T : struct, Enum
    {
        public static readonly string[] Names = Enum.GetValues<T>().OrderBy(v => Convert.ToInt32(v, CultureInfo.InvariantCulture)).Select(v => v.ToString()).ToArray();
    }
}
