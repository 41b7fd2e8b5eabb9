using Marsad.Articles;
using Marsad.Extraction;
using Marsad.Quotes;
using Marsad.Tests.Support;

namespace Marsad.Tests.Quotes;

/// <summary>The quotations and speakers EXPECTED.md names for the seeds, found in their display text.</summary>
public sealed class SeedQuotationTests
{
    private static IReadOnlyList<Quotation> Quotations(string prefix)
    {
        var article = ArticleExtractor.Extract(new RawArticle(prefix, prefix, Text: Seeds.Text(prefix)), out _)!;
        return QuotationExtractor.Default.Find(article.Text);
    }

    [Theory]
    [InlineData("000", "لا حاجة للقوات القتالية الأمريكية ولكن نحتاج للدور التدريبي والاستخباري", "مصطفى الكاظمي")]
    [InlineData("002", "لسنا بحاجة إلى القوات الأميركية على الأراضي العراقية", "مصطفى الكاظمي")]
    [InlineData("004", "لن نكون مع نهاية العام في مهمة قتالية", "جو بايدن")]
    public void Direct_quotations_have_their_speaker(string prefix, string words, string speaker)
    {
        var found = Quotations(prefix);
        var quotation = found.SingleOrDefault(q => q.Text == words);
        Assert.True(quotation is not null, $"{prefix}: «{words}» not found; found: {Describe(found)}");
        Assert.True(quotation.Direct);
        Assert.Equal(speaker, quotation.Speaker);
    }

    [Fact]
    public void Abbas_Sarout_reports_the_joint_committee_in_003()
    {
        var found = Quotations("003");
        var quotation = found.FirstOrDefault(q => q.Text.StartsWith("لجنة مشتركة انبثقت عن الحوار الاستراتيجي", StringComparison.Ordinal));
        Assert.True(quotation is not null, $"003: the joint committee not found; found: {Describe(found)}");
        Assert.False(quotation.Direct);
        Assert.Equal("عباس صروط", quotation.Speaker);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void Every_seed_quotation_points_into_the_text_and_has_a_speaker(string prefix)
    {
        var article = ArticleExtractor.Extract(new RawArticle(prefix, prefix, Text: Seeds.Text(prefix)), out _)!;
        var found = QuotationExtractor.Default.Find(article.Text);
        Assert.NotEmpty(found);
        Assert.All(found, q =>
        {
            Assert.Equal(article.Text[q.Start..q.End], q.Text);
            Assert.False(string.IsNullOrEmpty(q.Speaker), $"{prefix}: no speaker for «{q.Text}»");
        });
    }

    private static string Describe(IEnumerable<Quotation> quotations) =>
        string.Join(" / ", quotations.Select(q => $"{q.Speaker}: «{q.Text}»"));
}
