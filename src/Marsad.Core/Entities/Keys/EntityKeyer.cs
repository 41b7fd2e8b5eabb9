using System.Collections.Frozen;
using System.Text;
using Marsad.Text;

namespace Marsad.Entities.Keys;

/// <summary>
/// The key that variants of one entity share, stable across articles: a person by family name (مصطفى الكاظمي and
/// الكاظمي are one) or, for a name built with بن, by «X بن Y» (محمد بن سلمان بن عبدالعزيز is محمد بن سلمان); a place
/// or an organization by its canonical name where aliases join (داعش = تنظيم الدولة الإسلامية). Every key is folded
/// and then reduced to a skeleton without the long vowels inside words, so spelling variants meet (ترمب/ترامب,
/// أمريكا/أميركا). Keys are for matching only; entities are shown by their names.
/// </summary>
public static class EntityKeyer
{
    private static readonly FrozenDictionary<string, string> Aliases = EntityAliases.All
        .SelectMany(a => a.Names.Append(a.Canonical).Select(n => (Name: SkeletonOf(n), Key: SkeletonOf(a.Canonical))))
        .GroupBy(a => a.Name, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.First().Key, StringComparer.Ordinal);

    private static readonly FrozenSet<string> SonOf = new[] { "بن", "ابن", "بنت" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The key of a name found with <paramref name="type"/>.</summary>
    public static string Of(EntityType type, string name) => type switch
    {
        EntityType.Person => Person(name),
        EntityType.Location => Place(name),
        EntityType.Organization => Organization(name),
        _ => Other(name),
    };

    /// <summary>A person's key: <c>per:</c> and the family name, or «X بن Y» for a patronymic name.</summary>
    public static string Person(string name)
    {
        var words = JoinCompounds(ArabicFolder.FoldText(name).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (words.Count == 0)
        {
            return "per:";
        }
        var son = words.FindIndex(w => SonOf.Contains(w));
        var core = son > 0 && son + 1 < words.Count ? $"{words[son - 1]} بن {words[son + 1]}" : words[^1];
        return "per:" + Skeleton(core);
    }

    /// <summary>A place's key: <c>loc:</c> and its canonical name.</summary>
    public static string Place(string name) => "loc:" + Canonical(name);

    /// <summary>An organization's key: <c>org:</c> and its canonical name.</summary>
    public static string Organization(string name) => "org:" + Canonical(name);

    /// <summary>Any other named thing: <c>misc:</c> and its name.</summary>
    public static string Other(string name) => "misc:" + Canonical(name);

    /// <summary>Aliases are looked up by skeleton so that a spelling variant of an alias (أميركا) finds it too.</summary>
    private static string Canonical(string name)
    {
        var skeleton = SkeletonOf(name);
        return Aliases.GetValueOrDefault(skeleton, skeleton);
    }

    private static string SkeletonOf(string name) => Skeleton(ArabicFolder.FoldText(name));

    /// <summary>عبد الله, عبد العزيز: one name in two words, joined so the family name is found.</summary>
    private static List<string> JoinCompounds(string[] words)
    {
        var joined = new List<string>(words.Length);
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i] == "عبد" && i + 1 < words.Length)
            {
                joined.Add("عبد" + words[++i]);
            }
            else
            {
                joined.Add(words[i]);
            }
        }
        return joined;
    }

    /// <summary>
    /// Each word without ا, و, ي after its first letter (ال kept): foreign names are written with and without their
    /// long vowels (ترامب، ترمب؛ أميركا، أمريكا).
    /// </summary>
    internal static string Skeleton(string folded)
    {
        var builder = new StringBuilder(folded.Length);
        foreach (var word in folded.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }
            var start = word.StartsWith("ال", StringComparison.Ordinal) && word.Length > 3 ? 2 : 0;
            builder.Append(word, 0, Math.Min(word.Length, start + 1));
            foreach (var c in word.AsSpan(Math.Min(word.Length, start + 1)))
            {
                if (c is not ('ا' or 'و' or 'ي'))
                {
                    builder.Append(c);
                }
            }
        }
        return builder.ToString();
    }
}
