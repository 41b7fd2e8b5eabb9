using System.Text.RegularExpressions;
using Marsad.Text;

namespace Marsad.Extraction.Text;

/// <summary>
/// Tests on one line at a time: is it page furniture, and of which kind? Each test is a small rule with the
/// reason in its comment; the extractor decides what to do with the answers.
/// </summary>
internal static partial class LineShapes
{
    /// <summary>The folded words of a line joined by spaces: punctuation and symbols dropped.</summary>
    public static string Folded(string line) => ArabicFolder.FoldText(line);

    /// <summary>
    /// The folded line, or null when it is longer than <paramref name="longest"/> and than any widget label, tail
    /// marker or font control: a paragraph need not be folded whole to learn that it is none of them.
    /// </summary>
    public static string? FoldedIfShort(string line, int longest = 0) =>
        ArabicFolder.FoldTextUpTo(line, Math.Max(longest, ClutterVocabulary.LongestLine));

    public static bool IsWidget(string? folded) => folded is not null && ClutterVocabulary.WidgetLines.Contains(folded);

    public static bool IsTailMarker(string? folded) => folded is not null && ClutterVocabulary.TailMarkers.Contains(folded);

    /// <summary><c>+ الخط -</c> and its kin: only font words and +/- signs.</summary>
    public static bool IsFontControl(string line, string? folded) =>
        folded is not null && ClutterVocabulary.FontControls.Contains(folded) && line.Length <= 24;

    /// <summary>
    /// No word with two different letters: <c>اااا</c>, <c>----</c>, <c>...</c>, a lone letter. Numbers alone are
    /// kept out of this (they may be a date line or a figure).
    /// </summary>
    public static bool IsGarbage(string line)
    {
        foreach (var word in WordTokenizer.Words(line))
        {
            var span = line.AsSpan(word.Start, word.Length);
            if (span.ContainsAnyExcept(span[0]) || char.IsDigit(span[0]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// A navigation menu pasted as one line loses the spaces between its items, so its "words" are runs of
    /// several words (حواراتشخصية، وجيوشرصدإسلاموفوبياضد). Arabic words past 15 letters are vanishingly rare
    /// in running text; two of them, or one past 18, without sentence punctuation, is a menu.
    /// </summary>
    public static bool IsMenu(string line)
    {
        if (HasSentencePunctuation(line))
        {
            return false;
        }
        var longWords = 0;
        foreach (var word in WordTokenizer.Words(line))
        {
            var letters = CountLetters(line.AsSpan(word.Start, word.Length));
            if (letters >= 19)
            {
                return true;
            }
            if (letters >= 15)
            {
                longWords++;
            }
        }
        return longWords >= 2;
    }

    /// <summary>
    /// A photo caption ends with its credit: <c>... (Getty)</c>, <c>... (أ ف ب)</c>, <c>... - رويترز</c>.
    /// </summary>
    public static bool IsPhotoCaption(string line)
    {
        var match = TrailingCredit().Match(line);
        return match.Success
            && ClutterVocabulary.PhotoCredits.Contains(ArabicFolder.FoldText(match.Groups["credit"].Value))
            && WordCount(line, 41) <= 40;
    }

    /// <summary><c>المصدر | الخليج الجديد</c>, <c>المصدر: وكالات</c>: the outlet named on a line of its own.</summary>
    public static string? SourceLineOutlet(string line)
    {
        var match = SourceLine().Match(line);
        return match.Success ? match.Groups["outlet"].Value.Trim() : null;
    }

    /// <summary>
    /// A short Latin-script line inside an Arabic article (<c>Sputnik</c>, <c>RT Arabic</c>) is a brand:
    /// the outlet's logo text.
    /// </summary>
    public static bool IsBrandLine(string line) => BrandLine().IsMatch(line);

    /// <summary>
    /// Shaped like a headline rather than a paragraph: a few words and no closing punctuation. Whether it is a
    /// caption or a related link depends on where it stands, which the extractor judges.
    /// </summary>
    public static bool IsHeadlineShaped(string line)
    {
        var words = WordCount(line, 17);
        return words is >= 2 and <= 16 && !EndsLikeSentence(line);
    }

    public static bool EndsLikeSentence(string line)
    {
        var trimmed = line.TrimEnd();
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or '؟' or ':' or '"' or '»' or '”' or '\'' or ')' or '…' or '؛' or '،' or ',';
    }

    private static readonly System.Buffers.SearchValues<char> SentencePunctuation =
        System.Buffers.SearchValues.Create(".،,؛;!?؟:\"«»");

    public static bool HasSentencePunctuation(string line) => line.AsSpan().IndexOfAny(SentencePunctuation) >= 0;

    /// <summary>How many words a line has, counting no further than <paramref name="enough"/>.</summary>
    public static int WordCount(string line, int enough = int.MaxValue) => WordTokenizer.Count(line, enough);

    private static int CountLetters(ReadOnlySpan<char> word)
    {
        var count = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                count++;
            }
        }
        return count;
    }

    [GeneratedRegex(@"(?:\((?<credit>[^()]{1,30})\)|[-–—/]\s*(?<credit>[^-–—/()]{1,30}))\s*$")]
    private static partial Regex TrailingCredit();

    [GeneratedRegex(@"^\s*(?:المصدر|مصدر الخبر|المصدر الأصلي)\s*[|｜:：\-–—]\s*(?<outlet>[^|｜:]{2,60})$")]
    private static partial Regex SourceLine();

    [GeneratedRegex(@"^\s*[A-Z][A-Za-z0-9.&'-]*(?:\s+[A-Za-z0-9.&'-]+){0,2}\s*$")]
    private static partial Regex BrandLine();
}
