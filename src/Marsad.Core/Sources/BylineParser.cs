using System.Net;
using System.Text.RegularExpressions;
using Marsad.Text;

namespace Marsad.Sources;

/// <summary>
/// Reads bylines and datelines: the crawler's author field (<c>زوريخ - رويترز:</c>, <c>الرياض: عبد الله الهلابي</c>),
/// a line of text that is only a byline (<c>حامد القرشي – مكة المكرمة</c>), and a dateline opening a paragraph
/// (<c>القاهرة - سبوتنيك. وأكد ...</c>). Segments are split at dashes, colons, commas and brackets, then each is
/// told apart: a place, an agency, an outlet, a role word, or a person's name.
/// </summary>
public static partial class BylineParser
{
    private const int MaxLineWords = 10;
    private const int MaxPrefixChars = 80;

    /// <summary>A byline as a crawler found it; lenient: a segment that is nothing known is taken as the author.</summary>
    public static Byline Parse(string? byline, SourceLexicon? lexicon = null)
    {
        if (string.IsNullOrWhiteSpace(byline))
        {
            return Byline.Empty;
        }
        var parts = Segments(WebUtility.HtmlDecode(byline), lexicon ?? SourceLexicon.Default);
        return Combine(parts.Select(p => p.Kind == BylinePartKind.Unknown ? p with { Kind = BylinePartKind.Person } : p));
    }

    /// <summary>
    /// True when a whole line is a byline and nothing else: every segment known or a short name, at least one place or
    /// agency, and no more words than a byline has.
    /// </summary>
    public static bool TryParseLine(string line, out Byline byline, SourceLexicon? lexicon = null)
    {
        byline = Byline.Empty;
        if (WordTokenizer.Count(line, MaxLineWords + 1) > MaxLineWords || SentenceEnd().IsMatch(line))
        {
            return false;
        }
        var parts = Segments(line, lexicon ?? SourceLexicon.Default);
        if (!IsByline(parts))
        {
            return false;
        }
        byline = Combine(parts);
        return true;
    }

    /// <summary>
    /// A dateline at the start of a paragraph, and how many characters it takes (with the punctuation after it);
    /// the paragraph itself is left as it is.
    /// </summary>
    public static bool TryParseDatelinePrefix(string paragraph, out Byline byline, out int length, SourceLexicon? lexicon = null)
    {
        byline = Byline.Empty;
        length = 0;
        var window = paragraph.Length > MaxPrefixChars ? paragraph[..MaxPrefixChars] : paragraph;
        foreach (Match separator in PrefixEnd().Matches(window))
        {
            var candidate = paragraph[..separator.Index];
            var parts = Segments(candidate, lexicon ?? SourceLexicon.Default);
            if (candidate.Length > 0 && IsByline(parts) && parts.Any(p => p.Kind is BylinePartKind.Place or BylinePartKind.Agency))
            {
                byline = Combine(parts);
                length = separator.Index + separator.Length;
            }
        }
        return length > 0;
    }

    private static bool IsByline(List<BylinePart> parts) =>
        parts.Count > 0
        && parts.All(p => p.Kind != BylinePartKind.Unknown)
        && parts.Any(p => p.Kind is BylinePartKind.Place or BylinePartKind.Agency)
        && parts.Count(p => p.Kind == BylinePartKind.Person) <= 2;

    private static Byline Combine(IEnumerable<BylinePart> parts)
    {
        string? author = null, dateline = null, agency = null, outlet = null;
        foreach (var part in parts)
        {
            _ = part.Kind switch
            {
                BylinePartKind.Person => author ??= part.Text,
                BylinePartKind.Place => dateline ??= part.Text,
                BylinePartKind.Agency => agency ??= part.Text,
                BylinePartKind.Outlet => outlet ??= part.Text,
                _ => null,
            };
        }
        return new Byline(author, dateline, agency, outlet);
    }

    private static List<BylinePart> Segments(string text, SourceLexicon lexicon) =>
        Separator().Split(text)
            .Select(s => s.Trim(' ', '\u00A0', '.', '\u200F', '\u200E'))
            .Where(s => s.Length > 0)
            .Select(s => Classify(s, lexicon))
            .ToList();

    private static BylinePart Classify(string segment, SourceLexicon lexicon)
    {
        var text = Prefix().Replace(segment, "");
        if (lexicon.IsRole(text))
        {
            return new BylinePart(BylinePartKind.Role, text);
        }
        if (lexicon.Agency(text) is { } agency)
        {
            return new BylinePart(BylinePartKind.Agency, agency);
        }
        if (lexicon.IsPlace(text))
        {
            return new BylinePart(BylinePartKind.Place, text);
        }
        if (lexicon.Outlet(text) is { } outlet)
        {
            return new BylinePart(BylinePartKind.Outlet, outlet);
        }
        return PersonName().IsMatch(text)
            ? new BylinePart(BylinePartKind.Person, text)
            : new BylinePart(BylinePartKind.Unknown, text);
    }

    /// <summary>Dashes, colons, commas, slashes, bars and brackets or quotes around a part.</summary>
    [GeneratedRegex(@"\s+[-–—/|]\s*|\s*[-–—/|]\s+|[–—|]|[:،,؛()«»""“”]|\s-(?=\S)|(?<=\S)-\s|^-|-$|(?<=\p{L})-(?=\p{L}+\s*$)")]
    private static partial Regex Separator();

    /// <summary>"من الرياض", "مكتب الجزيرة": the place or outlet after the preposition or desk word.</summary>
    [GeneratedRegex(@"^(?:من|مكتب|مراسل)\s+")]
    private static partial Regex Prefix();

    /// <summary>Two to five words of letters (a title like د. or م. allowed): the shape of a person's name.</summary>
    [GeneratedRegex(@"^(?:(?:د|م|أ)\.\s*)?[\p{L}\p{M}\u0640']+(?:\s+[\p{L}\p{M}\u0640'.]+){1,4}$")]
    private static partial Regex PersonName();

    /// <summary>Where a dateline prefix can end: a dash, a colon or a full stop.</summary>
    [GeneratedRegex(@"\s*[-–—:.]\s*")]
    private static partial Regex PrefixEnd();

    /// <summary>A line with sentence punctuation inside is a sentence, not a byline.</summary>
    [GeneratedRegex(@"[.!?؟;؛][^\s]")]
    private static partial Regex SentenceEnd();
}
