using System.Text.RegularExpressions;
using Marsad.Text;

namespace Marsad.Extraction.Text;

/// <summary>
/// Copying a page often glues the photo caption onto the first sentence: «بايدن والكاظمي في البيت الأبيض يوم 26
/// يوليو 2021 أعلن رئيس الوزراء العراقي...». The caption is a verbless phrase that ends with a date, and the
/// lead begins with a reporting verb right after it, with no punctuation between. Only then is it cut.
/// </summary>
internal static partial class GluedCaptionSplitter
{
    private const int MinCaptionWords = 3;
    private const int MaxCaptionWords = 20;

    /// <summary>The caption glued to the front of <paramref name="paragraph"/>, and the paragraph without it.</summary>
    public static bool TrySplit(string paragraph, out string caption, out string rest)
    {
        caption = rest = string.Empty;
        var words = WordTokenizer.Tokenize(paragraph);
        for (var k = MinCaptionWords; k < Math.Min(words.Count, MaxCaptionWords + 1); k++)
        {
            var word = ArabicFolder.Fold(paragraph.AsSpan(words[k].Start, words[k].Length));
            if (!ClutterVocabulary.LeadVerbs.Contains(word))
            {
                continue;
            }
            var prefix = paragraph[..words[k].Start];
            if (LineShapes.HasSentencePunctuation(prefix) || !EndsWithYear().IsMatch(prefix))
            {
                return false;
            }
            caption = prefix.TrimEnd();
            rest = paragraph[words[k].Start..];
            return true;
        }
        return false;
    }

    [GeneratedRegex(@"(?:\b(?:19|20)\d\d|[١٢][٠٩][٠-٩][٠-٩])\s*م?\s*$")]
    private static partial Regex EndsWithYear();
}
