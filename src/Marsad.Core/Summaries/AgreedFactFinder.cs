using System.Globalization;
using System.Text.RegularExpressions;
using Marsad.Text;

namespace Marsad.Summaries;

/// <summary>
/// Finds the numbers several sources report: a number with what it counts (the word after it, or the noun before
/// it when the sentence puts the number last: «عدد الأميركيين ... لا يتجاوز 2500»), grouped by value, kept when at
/// least two sources (outlets, or articles whose outlet is unknown) give it. Years, dates, percentages and numbers
/// below ten are left out: they agree by coincidence more often than by fact.
/// </summary>
public static partial class AgreedFactFinder
{
    /// <summary>How many sources must give a number for it to be a fact.</summary>
    public const int MinSources = 2;
    private const int MaxFacts = 5;

    private static readonly string[] FillerWords =
        ["حوالي", "نحو", "قرابة", "زهاء", "أكثر", "اكثر", "أقل", "اقل", "عند", "بلغ", "بلغت", "يبلغ", "يتجاوز", "تتجاوز",
         "لا", "إلى", "الى", "من", "عدد", "إجمالي", "اجمالي", "فقط", "حتى", "يصل", "وصل", "قدره", "قدرها", "بواقع", "بـ"];

    private static readonly HashSet<string> Fillers = new(FillerWords.Select(w => ArabicFolder.Fold(w)), StringComparer.Ordinal);

    private static readonly Dictionary<string, long> Multipliers = new(
        [KeyValuePair.Create("الف", 1_000L), KeyValuePair.Create("الاف", 1_000L), KeyValuePair.Create("مليون", 1_000_000L),
         KeyValuePair.Create("ملايين", 1_000_000L), KeyValuePair.Create("مليار", 1_000_000_000L), KeyValuePair.Create("مليارات", 1_000_000_000L)],
        StringComparer.Ordinal);

    private sealed record Mention(long Value, string Phrase, string? Counted, string Source, string ArticleId, string? Outlet);

    public static IReadOnlyList<AgreedFact> Find(IReadOnlyList<SummarySource> sources)
    {
        // Most events have one source: nothing can be agreed, and their numbers need not be read.
        if (sources.Select(SourceOf).Distinct(StringComparer.Ordinal).Take(MinSources).Count() < MinSources)
        {
            return [];
        }
        var mentions = sources.SelectMany(MentionsIn).ToList();
        return mentions.GroupBy(m => m.Value)
            .Select(group => (Group: group.ToList(), Sources: group.Select(m => m.Source).Distinct().Count()))
            .Where(g => g.Sources >= MinSources && Agree(g.Group))
            .OrderByDescending(g => g.Sources).ThenByDescending(g => g.Group[0].Value)
            .Take(MaxFacts)
            .Select(g => new AgreedFact(g.Group[0].Value, BestPhrase(g.Group),
                g.Group.Select(m => m.Outlet).OfType<string>().Distinct().ToList(),
                g.Group.Select(m => m.ArticleId).Distinct().ToList()))
            .ToList();
    }

    /// <summary>Mentions agree when what they count has one word in common, or when only one says what it counts.</summary>
    private static bool Agree(List<Mention> group)
    {
        var counted = group.Select(m => m.Counted).OfType<string>().ToList();
        return counted.Count <= 1 || counted.GroupBy(c => c).Any(c => c.Count() >= 2) || counted.Distinct().Count() < counted.Count;
    }

    /// <summary>The wording most mentions use, preferring one that says what the number counts.</summary>
    private static string BestPhrase(List<Mention> group) =>
        group.GroupBy(m => m.Phrase)
            .OrderByDescending(g => g.First().Counted is not null)
            .ThenByDescending(g => g.Select(m => m.Source).Distinct().Count())
            .ThenByDescending(g => g.Key.Length)
            .First().Key;

    private static IEnumerable<Mention> MentionsIn(SummarySource source)
    {
        var text = source.Text;
        var words = WordTokenizer.Tokenize(text);
        foreach (Match match in Number().Matches(text))
        {
            if (!TryValue(match.Value, out var value) || IsDateLike(text, match))
            {
                continue;
            }
            var after = FirstWordFrom(words, match.Index + match.Length);
            var factor = 1L;
            var numberEnd = match.Index + match.Length;
            var multiplied = after >= 0 && Multipliers.TryGetValue(Fold(text, words[after]), out factor);
            if (multiplied)
            {
                value *= factor;
                numberEnd = words[after].End;
                after++;
            }
            if (value < 10 || IsYear(value, multiplied))
            {
                continue;
            }
            var (phrase, counted) = Describe(text, words, match, numberEnd, after);
            yield return new Mention(value, phrase, counted, SourceOf(source), source.ArticleId, source.Outlet);
        }
    }

    /// <summary>The first word that starts at or after <paramref name="position"/>, else -1 (words are in text order).</summary>
    private static int FirstWordFrom(List<TextSpan> words, int position)
    {
        var (low, high) = (0, words.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = words[middle].Start >= position ? (low, middle) : (middle + 1, high);
        }
        return low < words.Count ? low : -1;
    }

    /// <summary>The last word that ends at or before <paramref name="position"/>, else -1.</summary>
    private static int LastWordBefore(List<TextSpan> words, int position)
    {
        var (low, high) = (0, words.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = words[middle].End > position ? (low, middle) : (middle + 1, high);
        }
        return low - 1;
    }

    /// <summary>Who gives a number: its outlet, or the article itself when its outlet is unknown.</summary>
    private static string SourceOf(SummarySource source) => source.Outlet ?? source.ArticleId;

    /// <summary>The number with the words after it that say what it counts, else with the noun before it.</summary>
    private static (string Phrase, string? Counted) Describe(string text, List<TextSpan> words, Match match, int numberEnd, int after)
    {
        if (after >= 0 && after < words.Count && IsCountedWord(text, words, after, numberEnd))
        {
            var end = words[after].End;
            if (after + 1 < words.Count && IsCountedWord(text, words, after + 1, end))
            {
                end = words[after + 1].End;
            }
            return (text[match.Index..end].Trim(), Fold(text, words[after]));
        }
        var before = LastWordBefore(words, match.Index);
        for (var i = before; i >= 0 && i > before - 6; i--)
        {
            if (!Fillers.Contains(Fold(text, words[i])) && !MatchKeyAnalyzer.Default.Analyze(text[words[i].Start..words[i].End]).All(t => t.IsStopword))
            {
                return ($"{text[words[i].Start..words[i].End]} … {match.Value}", Fold(text, words[i]));
            }
        }
        return (match.Value, null);
    }

    /// <summary>A word that can say what a number counts: letters, right after it (no punctuation between), not a stopword.</summary>
    private static bool IsCountedWord(string text, List<TextSpan> words, int index, int previousEnd)
    {
        var gap = text.AsSpan(previousEnd, Math.Max(0, words[index].Start - previousEnd));
        if (!gap.Trim().IsEmpty || !char.IsLetter(text[words[index].Start]))
        {
            return false;
        }
        var folded = Fold(text, words[index]);
        return !Fillers.Contains(folded) && !MatchKeyAnalyzer.Default.Analyze(text[words[index].Start..words[index].End]).All(t => t.IsStopword);
    }

    private static bool IsDateLike(string text, Match match)
    {
        var end = match.Index + match.Length;
        var next = end < text.Length ? text[end] : ' ';
        var previous = match.Index > 0 ? text[match.Index - 1] : ' ';
        return next is '%' or '٪' or '/' or '-' or ':' || previous is '/' or '-' or ':';
    }

    private static bool IsYear(long value, bool multiplied) => !multiplied && value is >= 1300 and <= 2100;

    private static bool TryValue(string digits, out long value)
    {
        var folded = ArabicFolder.Fold(digits).Replace(",", "", StringComparison.Ordinal).Replace("٬", "", StringComparison.Ordinal);
        return long.TryParse(folded.Split('.', '٫')[0], NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private static string Fold(string text, TextSpan word) => ArabicFolder.Fold(text.AsSpan(word.Start, word.Length));

    // The digits a value is read from (Western, Arabic-Indic, Persian) rather than \d: \d is every decimal digit in
    // Unicode, a category look-up per character, and scanning every text for numbers that way was about half the time
    // spent finding facts. Other scripts' digits never parsed as a value anyway.
    [GeneratedRegex(@"(?<![0-9٠-٩۰-۹.,٫٬])(?:[0-9٠-٩۰-۹]{1,3}(?:[,٬][0-9٠-٩۰-۹]{3})+|[0-9٠-٩۰-۹]+)(?:[.٫][0-9٠-٩۰-۹]+)?(?![0-9٠-٩۰-۹])")]
    private static partial Regex Number();
}
