using Marsad.Quotes;
using Marsad.Text;

namespace Marsad.Evaluation.Quotes;

/// <summary>
/// Scores the quotations found in one article against the gold. Matching: each found and each gold quotation is
/// matched at most once, pairs with the largest overlap first; a pair matches by overlap when the spans share at
/// least one character, and exactly when start and end are the same. A speaker is right when the found speaker's
/// text equals one of the gold alternatives (folded), or its key equals the key of one (<see cref="ISpeakerKeys"/>,
/// so الكاظمي = مصطفى الكاظمي). A wrong speaker whose words all stand in a gold alternative, or whose words hold all of
/// one, is counted apart as the same speaker in another form (مصدر for مصدر في الشرطة, ليو تيونج for ليو تيونج لاي): a
/// reader still learns who spoke. Gold quotations without a speaker count for spans only.
/// </summary>
public sealed class QuoteScorer(ISpeakerKeys keys)
{
    public (QuoteScores Scores, List<QuoteMistake> Mistakes) Score(GoldArticle article, IReadOnlyList<Quotation> found, IReadOnlyList<GoldQuotation> gold)
    {
        var mistakes = new List<QuoteMistake>();
        var pairs = new List<(int Found, int Gold, int Overlap)>();
        for (var f = 0; f < found.Count; f++)
        {
            for (var g = 0; g < gold.Count; g++)
            {
                var overlap = Math.Min(found[f].End, gold[g].End) - Math.Max(found[f].Start, gold[g].Start);
                if (overlap > 0)
                {
                    pairs.Add((f, g, overlap));
                }
            }
        }
        pairs.Sort((a, b) => b.Overlap.CompareTo(a.Overlap));
        var foundUsed = new bool[found.Count];
        var goldUsed = new bool[gold.Count];
        int matched = 0, exact = 0, direct = 0, checkedSpeakers = 0, rightSpeakers = 0, otherForm = 0;
        foreach (var (f, g, _) in pairs)
        {
            if (foundUsed[f] || goldUsed[g])
            {
                continue;
            }
            (foundUsed[f], goldUsed[g]) = (true, true);
            var (q, expected) = (found[f], gold[g]);
            matched++;
            if (q.Start == expected.Start && q.End == expected.End)
            {
                exact++;
            }
            else
            {
                mistakes.Add(new QuoteMistake(article.Id, article.Part, "bounds", q.Start, q.Text, expected.Text));
            }
            if (q.Direct == expected.Direct)
            {
                direct++;
            }
            else
            {
                mistakes.Add(new QuoteMistake(article.Id, article.Part, "direct", q.Start, q.Direct ? "direct" : "indirect", expected.Text));
            }
            if (expected.Speakers.Count > 0)
            {
                checkedSpeakers++;
                if (SameSpeaker(q, expected))
                {
                    rightSpeakers++;
                }
                else
                {
                    otherForm += InAnotherForm(q, expected) ? 1 : 0;
                    mistakes.Add(new QuoteMistake(article.Id, article.Part, "speaker", q.Start, $"{q.Speaker ?? "—"} ({q.SpeakerKind}, {q.SpeakerCue})",
                        $"{string.Join(" | ", expected.Speakers)} ({expected.Cue}): {expected.Text}"));
                }
            }
        }
        for (var f = 0; f < found.Count; f++)
        {
            if (!foundUsed[f])
            {
                mistakes.Add(new QuoteMistake(article.Id, article.Part, "false", found[f].Start, $"{found[f].Speaker ?? "—"}: {found[f].Text}", ""));
            }
        }
        for (var g = 0; g < gold.Count; g++)
        {
            if (!goldUsed[g])
            {
                mistakes.Add(new QuoteMistake(article.Id, article.Part, "missed", gold[g].Start, "", $"{string.Join(" | ", gold[g].Speakers)} ({gold[g].Cue}): {gold[g].Text}"));
            }
        }
        return (new QuoteScores(found.Count, gold.Count, matched, exact, direct, checkedSpeakers, rightSpeakers, otherForm), mistakes);
    }

    /// <summary>The found speaker's words all stand in a gold alternative, or hold all of one (ال set aside).</summary>
    private static bool InAnotherForm(Quotation found, GoldQuotation gold)
    {
        if (found.Speaker is null)
        {
            return false;
        }
        var words = Words(found.Speaker);
        foreach (var speaker in gold.Speakers)
        {
            var expected = Words(speaker);
            if (words.Count > 0 && expected.Count > 0 && (words.IsSubsetOf(expected) || expected.IsSubsetOf(words)))
            {
                return true;
            }
        }
        return false;
    }

    private static HashSet<string> Words(string speaker) =>
        ArabicFolder.FoldText(speaker).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Length > 3 && w.StartsWith("ال", StringComparison.Ordinal) ? w[2..] : w)
            .Where(w => w != "—").ToHashSet(StringComparer.Ordinal);

    private bool SameSpeaker(Quotation found, GoldQuotation gold) => IsSpeaker(found.Speaker, found.SpeakerKey, found.SpeakerKind, gold);

    /// <summary>A speaker shown as <paramref name="speaker"/> (with its key) is the gold quotation's, by text or by key.</summary>
    public bool IsSpeaker(string? speaker, string? key, SpeakerKind kind, GoldQuotation gold)
    {
        if (speaker is null)
        {
            return false;
        }
        var text = ArabicFolder.FoldText(speaker);
        foreach (var expected in gold.Speakers)
        {
            if (ArabicFolder.FoldText(expected) == text || (key is not null && keys.KeyOf(expected, kind) == key))
            {
                return true;
            }
        }
        return false;
    }
}
