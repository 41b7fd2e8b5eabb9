using Marsad.Sources.Vocabulary;
using Marsad.Text;

namespace Marsad.Sources;

/// <summary>
/// Finds the agency an article credits in its text when no byline names one: in brackets (<c>(رويترز)</c>), or right
/// after the words that cite a source (<c>نقلا عن</c>، <c>بحسب</c>، <c>ذكرت</c>، an interview <c>مع أسوشيتدبرس</c>).
/// A story that merely mentions an agency is not credited to it.
/// </summary>
public static class AgencyCredits
{
    private static readonly string[] CueWords =
        ["عن", "مع", "حسب", "بحسب", "حسبما", "وفق", "وفقا", "ذكرت", "أفادت", "أوردت", "نقلت", "نقلته", "أوردته", "وكالة", "لوكالة", "بوكالة", "قالت", "أعلنت"];

    private static readonly HashSet<string> Cues = new(CueWords.Select(w => ArabicFolder.Fold(w)), StringComparer.Ordinal);

    /// <summary>Spellings by their first folded word, longest first, so each word of a text is looked up once.</summary>
    private static readonly Dictionary<string, (string[] Words, string Name)[]> SpellingsByFirstWord = NewsAgencies.All
        .SelectMany(a => a.Spellings.Select(s => (Words: ArabicFolder.FoldText(s).Split(' '), a.Name)))
        .Where(s => s.Words.Length > 1 || s.Words[0].Length > 3)
        .GroupBy(s => s.Words[0], StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.OrderByDescending(s => s.Words.Length).ToArray(), StringComparer.Ordinal);

    /// <summary>The hashes of those first words folded, as <see cref="MatchKeyAnalyzer"/> remembers them for every word.</summary>
    private static readonly HashSet<ulong> FirstWordHashes = SpellingsByFirstWord.Keys.Select(word => StableHash.Of(word)).ToHashSet();

    public static string? Find(string text)
    {
        var words = WordTokenizer.Tokenize(text);
        var byFirstWord = SpellingsByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < words.Count; i++)
        {
            // A word whose folded hash begins no name is passed over without folding it. The analyzer remembers each
            // word's hash, and the article's analysis looks the same words up next and finds them at hand: folding
            // every word here was 2.3% of a plain ingest's samples; now this and the analysis take 0.5% less together.
            var word = text.AsSpan(words[i].Start, words[i].Length);
            MatchKeyAnalyzer.Default.Key(word, out _, out var foldedHash);
            if (!FirstWordHashes.Contains(foldedHash))
            {
                continue;
            }
            var first = ArabicFolder.FoldToBuffer(word, out var length);
            if (!byFirstWord.TryGetValue(first.AsSpan(0, length), out var spellings))
            {
                continue;
            }
            foreach (var (spelling, name) in spellings)
            {
                if (i + spelling.Length <= words.Count && Spells(text, words, i, spelling)
                    && (IsCited(text, words, i) || IsBracketed(text, words[i].Start, words[i + spelling.Length - 1].End)))
                {
                    return name;
                }
            }
        }
        return null;
    }

    private static bool Spells(string text, List<TextSpan> words, int from, string[] spelling)
    {
        for (var k = 0; k < spelling.Length; k++)
        {
            if (Folded(text, words[from + k]) != spelling[k])
            {
                return false;
            }
        }
        return true;
    }

    private static string Folded(string text, TextSpan word) => ArabicFolder.Fold(text.AsSpan(word.Start, word.Length));

    private static bool IsCited(string text, List<TextSpan> words, int index) => index > 0 && Cues.Contains(Folded(text, words[index - 1]));

    /// <summary>In brackets, the closing one perhaps after the full stop of an abbreviation (<c>(أ. ف. ب.)</c>).</summary>
    private static bool IsBracketed(string text, int start, int end)
    {
        if (end < text.Length && text[end] == '.')
        {
            end++;
        }
        return start > 0 && end < text.Length && text[start - 1] == '(' && text[end] == ')';
    }
}
