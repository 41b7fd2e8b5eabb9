using Marsad.Extraction.Text;

namespace Marsad.Tests.Extraction;

public sealed class PlainTextExtractorTests
{
    [Fact]
    public void A_given_title_is_kept_and_its_repetition_in_the_text_removed()
    {
        var page = PlainTextExtractor.Extract("عنوان الخبر\n\nقال الوزير إن الاجتماع ناجح.", "عنوان الخبر");
        Assert.Equal("عنوان الخبر", page.Title);
        Assert.Equal("قال الوزير إن الاجتماع ناجح.", page.Body);
    }

    [Fact]
    public void A_single_paragraph_is_body_and_its_first_sentence_the_title()
    {
        const string text = "قال رئيس الوزراء العراقي مصطفى الكاظمي إن بلاده لا تحتاج إلى قوات قتالية أجنبية على أراضيها، وإنما إلى التدريب والدعم الاستخباري في المرحلة المقبلة. وأضاف أن الحوار مستمر.";
        var page = PlainTextExtractor.Extract(text);
        Assert.Equal(text, page.Body);
        Assert.StartsWith("قال رئيس الوزراء العراقي", page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void A_subheading_followed_by_its_paragraph_stays()
    {
        var page = PlainTextExtractor.Extract("العنوان\n\nفقرة أولى طويلة بما يكفي.\n\nتوقيع اتفاق\nوقع الطرفان اتفاقا اليوم.");
        Assert.Contains("توقيع اتفاق", page.Paragraphs);
    }

    [Fact]
    public void A_lone_headline_between_paragraphs_is_a_related_link_and_goes()
    {
        var page = PlainTextExtractor.Extract("العنوان\n\nفقرة أولى طويلة بما يكفي.\n\nالوزير يلتقي نظيره في العاصمة\n\nفقرة ثانية.");
        Assert.Equal(["فقرة أولى طويلة بما يكفي.", "فقرة ثانية."], page.Paragraphs);
        Assert.Contains(page.Removed, r => r.Role == LineRole.RelatedHeadline);
    }

    [Fact]
    public void Text_with_no_body_at_all_has_no_paragraphs()
    {
        Assert.Empty(PlainTextExtractor.Extract("مناقشة\n\nكاريكاتير").Paragraphs);
    }

    [Fact]
    public void Random_input_never_throws()
    {
        var random = new Random(11);
        var pieces = new[] { "\n", "\n\n", " ", "مناقشة", "كلمات مفتاحية", "2021-07-27", "(Getty)", "قال", ".", "Sputnik", "اااا", "+ الخط -" };
        for (var i = 0; i < 500; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 30)).Select(_ => pieces[random.Next(pieces.Length)]));
            var page = PlainTextExtractor.Extract(text);
            Assert.NotNull(page.Title);
        }
    }
}
