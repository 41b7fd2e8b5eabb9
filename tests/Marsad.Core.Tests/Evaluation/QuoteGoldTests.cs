using Marsad.Evaluation.Quotes;
using Marsad.Quotes;

namespace Marsad.Tests.Evaluation;

/// <summary>The built-in quotation gold set reads whole and points into its texts; the scorer matches as documented.</summary>
public sealed class QuoteGoldTests
{
    private static readonly QuoteGoldSet Gold = QuoteGoldReader.ReadBuiltIn();

    [Fact]
    public void The_gold_set_has_its_articles_and_quotations()
    {
        Assert.Equal(1651, Gold.Articles.Count);
        Assert.Equal(6271, Gold.Quotations.Count);
        Assert.Equal(1624, Gold.Articles.Count(a => a.Part == "development"));
        Assert.Equal(22, Gold.Articles.Count(a => a.Part == "held-out-72"));
        Assert.All(Gold.Articles, a => Assert.Contains(a.Part, QuoteGoldSet.Parts));
    }

    [Fact]
    public void Every_gold_quotation_is_the_text_at_its_offsets()
    {
        var texts = Gold.Articles.ToDictionary(a => a.Id, a => a.Text);
        Assert.All(Gold.Quotations, q => Assert.Equal(q.Text, texts[q.Article][q.Start..q.End]));
    }

    [Fact]
    public void Overlap_matches_once_exact_needs_both_ends_and_speakers_match_by_key()
    {
        var article = new GoldArticle("a", "development", "x", "وقال رئيس الوزراء مصطفى الكاظمي إن القوات ستنسحب قريبا جدا.");
        var gold = new[] { new GoldQuotation("a", 36, 56, false, ["مصطفى الكاظمي"], "name", "القوات ستنسحب قريبا") };
        var found = new[]
        {
            new Quotation(36, 60, "القوات ستنسحب قريبا جدا", false, "الكاظمي", "كاظمي", SpeakerKind.Person, SpeakerCue.Name, 0, 1),
            new Quotation(40, 50, "ات ستنسحب", true, "الكاظمي", "كاظمي", SpeakerKind.Person, SpeakerCue.Name, 0, 1),
        };
        var (scores, mistakes) = new QuoteScorer(FamilyNameKeys.Default).Score(article, found, gold);
        Assert.Equal((2, 1, 1, 0), (scores.Found, scores.Gold, scores.OverlapMatched, scores.ExactMatched));
        Assert.Equal((1, 1, 1), (scores.DirectRight, scores.SpeakersChecked, scores.SpeakersRight));
        Assert.Contains(mistakes, m => m.Kind == "false");
    }

    [Theory]
    [InlineData("مصدر", 1)]
    [InlineData("مصدر في الشرطة الفرنسية", 1)]
    [InlineData("مصادر أمنية", 0)]
    public void A_wrong_speaker_written_shorter_or_longer_is_counted_apart(string speaker, int otherForm)
    {
        var article = new GoldArticle("a", "development", "x", "وقال مصدر في الشرطة إن عدد محاولات التسلل كان أكبر.");
        var gold = new[] { new GoldQuotation("a", 23, 50, false, ["مصدر في الشرطة"], "anonymous", "عدد محاولات التسلل كان أكبر") };
        var found = new[] { new Quotation(23, 50, "عدد محاولات التسلل كان أكبر", false, speaker, null, SpeakerKind.Anonymous, SpeakerCue.Description, 5, 9) };
        var (scores, _) = new QuoteScorer(FamilyNameKeys.Default).Score(article, found, gold);
        Assert.Equal((0, otherForm), (scores.SpeakersRight, scores.SpeakersInOtherForm));
    }
}
