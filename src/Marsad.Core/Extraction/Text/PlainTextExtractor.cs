using Marsad.Articles;
using Marsad.Dates;
using Marsad.Sources;

namespace Marsad.Extraction.Text;

/// <summary>
/// Pulls an article out of text copied from a news page: the title (given, or the first line that is not
/// page furniture), the body paragraphs word for word, and the date and source lines as metadata. Everything
/// else (menus, captions, related headlines, keyword blocks, widget labels, font controls) goes, each removal
/// recorded with its reason.
/// </summary>
public static class PlainTextExtractor
{
    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create(".!?؟");

    /// <summary>A first line longer than this is a paragraph, not a title.</summary>
    private const int MaxTitleWords = 30;

    public static PlainTextExtraction Extract(string text, string? givenTitle = null)
    {
        var lines = SplitLines(text);
        var roles = new LineRole?[lines.Length];
        var titleIndex = string.IsNullOrWhiteSpace(givenTitle) ? FindTitleLine(lines) : -1;
        var title = givenTitle?.Trim() ?? (titleIndex >= 0 ? lines[titleIndex] : string.Empty);
        var foldedTitle = LineShapes.Folded(title);
        PublicationDate? published = null;
        string? outlet = null;
        var byline = Byline.Empty;
        var seenBody = false;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }
            if (i <= titleIndex)
            {
                // Above the title is page furniture whatever it looks like; dates and sources still count.
                var above = i == titleIndex ? LineRole.Title : Classify(lines[i], foldedTitle, false, ref published, ref outlet, ref byline);
                roles[i] = above == LineRole.Body ? LineRole.BeforeTitle : above;
                continue;
            }
            var role = Classify(lines[i], foldedTitle, seenBody, ref published, ref outlet, ref byline);
            if (role == LineRole.AfterTailMarker)
            {
                for (var j = i; j < lines.Length; j++)
                {
                    roles[j] = LineRole.AfterTailMarker;
                }
                break;
            }
            roles[i] = role;
            seenBody |= role == LineRole.Body;
        }
        MarkIsolatedHeadlines(lines, roles);

        var paragraphs = new List<string>();
        var removed = new List<RemovedText>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0 || roles[i] == LineRole.Title)
            {
                continue;
            }
            if (roles[i] == LineRole.Body)
            {
                paragraphs.Add(lines[i]);
            }
            else
            {
                removed.Add(new RemovedText(lines[i], roles[i] ?? LineRole.Body));
            }
        }
        SplitGluedCaption(paragraphs, removed);
        if (paragraphs.Count == 0 && titleIndex >= 0 && givenTitle is null)
        {
            // The only line of text is the article, not a title for an empty article.
            paragraphs.Add(lines[titleIndex]);
            title = string.Empty;
        }
        if (title.Length == 0 && paragraphs.Count > 0)
        {
            title = TitleFromFirstSentence(paragraphs[0]);
        }
        byline = byline.Or(OpeningDateline(paragraphs));
        return new PlainTextExtraction(title, paragraphs, published, outlet, byline, removed);
    }

    private static LineRole Classify(string line, string foldedTitle, bool seenBody, ref PublicationDate? published,
        ref string? outlet, ref Byline byline)
    {
        var folded = LineShapes.FoldedIfShort(line, foldedTitle.Length);
        if (folded is { Length: > 0 } && folded == foldedTitle)
        {
            return LineRole.RepeatedTitle;
        }
        if (DateLineParser.TryParse(line, out var date))
        {
            published ??= date;
            return LineRole.DateLine;
        }
        if (LineShapes.SourceLineOutlet(line) is { } named)
        {
            outlet ??= named;
            return LineRole.SourceLine;
        }
        if (LineShapes.IsBrandLine(line))
        {
            outlet ??= line.Trim();
            return LineRole.SourceLine;
        }
        if (BylineParser.TryParseLine(line, out var lineByline))
        {
            byline = byline.Or(lineByline);
            return LineRole.Byline;
        }
        if (LineShapes.IsMenu(line))
        {
            return LineRole.Menu;
        }
        if (LineShapes.IsFontControl(line, folded))
        {
            return LineRole.FontControl;
        }
        if (seenBody && LineShapes.IsTailMarker(folded))
        {
            return LineRole.AfterTailMarker;
        }
        if (LineShapes.IsWidget(folded))
        {
            return LineRole.Widget;
        }
        if (LineShapes.IsGarbage(line))
        {
            return LineRole.Garbage;
        }
        return LineShapes.IsPhotoCaption(line) ? LineRole.Caption : LineRole.Body;
    }

    /// <summary>
    /// A headline-shaped line standing alone between blank lines (or removed furniture) inside the body is a
    /// caption or a "related" link, not part of the story. A subheading is followed directly by its paragraph
    /// and stays.
    /// </summary>
    private static void MarkIsolatedHeadlines(string[] lines, LineRole?[] roles)
    {
        var bodyCount = roles.Count(r => r == LineRole.Body);
        for (var i = 0; i < lines.Length && bodyCount > 1; i++)
        {
            if (roles[i] != LineRole.Body || !LineShapes.IsHeadlineShaped(lines[i]))
            {
                continue;
            }
            if (IsGap(lines, roles, i - 1) && IsGap(lines, roles, i + 1))
            {
                roles[i] = LineRole.RelatedHeadline;
                bodyCount--;
            }
        }
    }

    private static bool IsGap(string[] lines, LineRole?[] roles, int i) =>
        i < 0 || i >= lines.Length || lines[i].Length == 0 || roles[i] is not (LineRole.Body or null);

    /// <summary>A dateline opens one of the first paragraphs (after a standfirst, say), if any does.</summary>
    private static Byline OpeningDateline(List<string> paragraphs)
    {
        foreach (var paragraph in paragraphs.Take(3))
        {
            if (BylineParser.TryParseDatelinePrefix(paragraph, out var dateline, out _))
            {
                return dateline;
            }
        }
        return Byline.Empty;
    }

    private static void SplitGluedCaption(List<string> paragraphs, List<RemovedText> removed)
    {
        if (paragraphs.Count > 0 && GluedCaptionSplitter.TrySplit(paragraphs[0], out var caption, out var rest))
        {
            paragraphs[0] = rest;
            removed.Add(new RemovedText(caption, LineRole.Caption));
        }
    }

    /// <summary>The first line that could be a title: not furniture, not a date, not a paragraph.</summary>
    private static int FindTitleLine(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                continue;
            }
            var folded = LineShapes.FoldedIfShort(line);
            var furniture = LineShapes.IsMenu(line) || LineShapes.IsWidget(folded) || LineShapes.IsGarbage(line)
                || LineShapes.IsBrandLine(line) || LineShapes.SourceLineOutlet(line) is not null
                || DateLineParser.TryParse(line, out _) || LineShapes.IsFontControl(line, folded)
                || BylineParser.TryParseLine(line, out _);
            if (!furniture)
            {
                return LineShapes.WordCount(line, MaxTitleWords + 1) <= MaxTitleWords ? i : -1;
            }
        }
        return -1;
    }

    private static string TitleFromFirstSentence(string paragraph)
    {
        var end = paragraph.AsSpan().IndexOfAny(SentenceEnds);
        var sentence = end > 0 ? paragraph[..end] : paragraph;
        return sentence.Length <= 160 ? sentence.Trim() : sentence[..sentence.LastIndexOf(' ', 160)].Trim() + "…";
    }

    /// <summary>Lines trimmed at both ends (non-breaking spaces included); the words inside are untouched.</summary>
    private static string[] SplitLines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n')
            .Select(l => l.Trim(' ', '\t', '\u00A0', '\u200F', '\u200E', '\u202B', '\u202C', '\uFEFF'))
            .ToArray();
}
