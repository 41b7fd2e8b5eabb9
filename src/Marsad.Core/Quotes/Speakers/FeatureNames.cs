using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Marsad.Quotes.Speakers;

/// <summary>
/// The speaker ranker's feature names, made once per process: every name is a few small parts joined, and
/// joining them anew at every continuation of every article was most of the garbage the ranker added to an enriched
/// ingest. <see cref="Join(string, string)"/> gives the same string a concatenation would, from a cache keyed by its two parts.
/// </summary>
internal static class FeatureNames
{
    private static readonly ConcurrentDictionary<(string, string), string> Joined = new();

    /// <summary>
    /// The same, per thread, by the parts' instances rather than their letters: the parts are literals, numbers and
    /// names kept here, or names joined here, so the same instances come back, and hashing their letters at every join
    /// was a fortieth of an enriched ingest. A part made afresh each time would only fill it to its bound.
    /// </summary>
    [ThreadStatic]
    private static Dictionary<(string, string), string>? joinedByInstance;

    private const int MostByInstance = 16_384;

    private static readonly string[] Numbers = Enumerable.Range(0, 8).Select(n => n.ToString(CultureInfo.InvariantCulture)).ToArray();

    /// <summary><paramref name="first"/> + <paramref name="second"/>, the same instance each time.</summary>
    public static string Join(string first, string second)
    {
        if (second.Length == 0)
        {
            return first;
        }
        var mine = joinedByInstance ??= new Dictionary<(string, string), string>(PartsByInstance.Comparer);
        if (mine.TryGetValue((first, second), out var joined))
        {
            return joined;
        }
        joined = Joined.GetOrAdd((first, second), static parts => string.Concat(parts.Item1, parts.Item2));
        if (mine.Count < MostByInstance)
        {
            mine[(first, second)] = joined;
        }
        return joined;
    }

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

    /// <summary>Two parts are the same when they are the same two instances.</summary>
    private sealed class PartsByInstance : IEqualityComparer<(string First, string Second)>
    {
        public static readonly PartsByInstance Comparer = new();

        public bool Equals((string First, string Second) x, (string First, string Second) y) =>
            ReferenceEquals(x.First, y.First) && ReferenceEquals(x.Second, y.Second);

        public int GetHashCode((string First, string Second) parts) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(parts.First), RuntimeHelpers.GetHashCode(parts.Second));
    }
}
