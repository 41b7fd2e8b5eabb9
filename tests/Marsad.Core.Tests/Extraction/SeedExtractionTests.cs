using Marsad.Articles;
using Marsad.Extraction;
using Marsad.Tests.Support;

namespace Marsad.Tests.Extraction;

/// <summary>What EXPECTED.md says the seeds must give: titles, dates, outlets, clean text word for word.</summary>
public sealed class SeedExtractionTests
{
    private static ExtractedArticle Extract(string prefix) =>
        ArticleExtractor.Extract(new RawArticle(prefix, prefix, Text: Seeds.Text(prefix)), out _)!;

    [Theory]
    [InlineData("000", "الكاظمي: لا نحتاج إلى قوات أمريكا القتالية... فقط الدور التدريبي والاستخباري")]
    [InlineData("001", "الكاظمي: لا نحتاج لقوات قتال أمريكية وإنما تدريبا وتعاونا استخباراتيا")]
    [InlineData("002", "الكاظمي: ملتزمون بإعادة جدولة انسحاب القوات الأميركية من العراق")]
    [InlineData("003", "الكاظمي: نجحنا بفرض آليات قانونية وزمنية لانسحاب التحالف الدولي")]
    [InlineData("004", "الكاظمي: العلاقة مع واشنطن ستتحول إلى مرحلة جديدة")]
    public void The_title_is_the_first_line_that_is_not_a_menu(string prefix, string title) =>
        Assert.Equal(title, Extract(prefix).Title);

    [Theory]
    [InlineData("001", "2021-07-25T11:02:00")]
    [InlineData("002", "2020-11-18")]
    [InlineData("003", "2021-04-18")]
    [InlineData("004", "2021-07-27")]
    public void The_date_line_becomes_the_publication_date(string prefix, string published)
    {
        var article = Extract(prefix);
        Assert.Equal(published, article.Published?.ToIso());
        Assert.Equal(PublishedFrom.Text, article.PublishedFrom);
    }

    [Theory]
    [InlineData("000", "Sputnik")]
    [InlineData("001", "الخليج الجديد")]
    public void The_outlet_comes_from_its_source_line(string prefix, string outlet) =>
        Assert.Equal(outlet, Extract(prefix).Outlet);

    [Theory]
    [InlineData("000", "مناقشة")]
    [InlineData("000", "Sputnik")]
    [InlineData("001", "كلمات مفتاحية")]
    [InlineData("001", "قوات أمريكية الكاظمي العلاقات العراقية الأمريكية التحالف الدولي تنظيم الدولة الإسلامية العراق")]
    [InlineData("001", "الكاظمي: أزور واشنطن لإنهاء وجود القوات القتالية الأمريكية في العراق")]
    [InlineData("001", "لأول مرة منذ 5 أشهر.. الكاظمي يلتقي قادة الأحزاب والكتل السياسية العراقية")]
    [InlineData("001", "العراق يؤكد انسحاب أول قوة من التحالف الدولي إلى الكويت")]
    [InlineData("001", "المصدر | الخليج الجديد")]
    [InlineData("001", "الأحد 25 يوليو 2021 11:02 ص")]
    [InlineData("002", "اااا")]
    [InlineData("002", "الأربعاء 2020/11/18")]
    [InlineData("003", "(Getty)")]
    [InlineData("003", "+ الخط -")]
    [InlineData("003", "المساهمون")]
    [InlineData("003", "18 ابريل 2021")]
    [InlineData("004", "حواراتشخصية العامضد الفساد")]
    [InlineData("004", "بايدن والكاظمي في البيت الأبيض يوم 26 يوليو 2021")]
    [InlineData("004", "قوات أميركية في العراق")]
    [InlineData("004", "كاريكاتير")]
    [InlineData("004", "إستطلاعات الرأي")]
    public void Page_clutter_does_not_reach_the_text(string prefix, string clutter) =>
        Assert.DoesNotContain(clutter, Extract(prefix).Text, StringComparison.Ordinal);

    [Fact]
    public void The_repeated_title_is_gone_from_the_text()
    {
        Assert.DoesNotContain(Extract("000").Title, Extract("000").Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Extract("003").Title, Extract("003").Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("000", "وقال الكاظمي، في مقابلة تلفزيونية مع قناة \"الحدث\" السعودية \"لا حاجة للقوات القتالية الأمريكية ولكن نحتاج للدور التدريبي والاستخباري\"، مضيفا \"زيارتي لواشنطن [المقررة في 26 يوليو/تموز] لإنهاء الوجود القتالي الأمريكي لأن قواتنا أصبحت جاهزة\".")]
    [InlineData("001", "ويرتبط العراق مع الولايات المتحدة، باتفاقية تسمى الإطار الاستراتيجي التي وقعت عام 2008، والتي تنظم طبيعة العلاقة بين البلدين على مستويات التعاون والدعم في مجالات الأمن والاقتصاد والتنمية.")]
    [InlineData("002", "وقال رئيس الوزراء العراقي \"لسنا بحاجة إلى القوات الأميركية على الأراضي العراقية\".")]
    [InlineData("003", "وقال عضو لجنة الأمن والدفاع في البرلمان العراقي، عباس صروط، السبت، إن لجنة مشتركة انبثقت عن الحوار الاستراتيجي بين بغداد وواشنطن تبحث الآن في 3 قضايا، هي الانسحاب الأميركي، وعدم الإبقاء على قواعد عسكرية أجنبية في العراق، وتحديد مهمة من يبقى للتدريب والدعم اللوجستي، موضحا أن عدد الأميركيين في العراق اليوم لا يتجاوز 2500، وهو عدد أقل بكثير مما كان عليه قبل سنوات.")]
    [InlineData("004", "أعلن رئيس الوزراء العراقي، مصطفى الكاظمي، أن العلاقة بين بغداد وواشنطن ستتحول إلى مرحلة جديدة.")]
    [InlineData("004", "توقيع اتفاق")]
    public void Body_paragraphs_stay_whole_word_for_word(string prefix, string paragraph) =>
        Assert.Contains(paragraph, Extract(prefix).Text.Split("\n\n"));

    [Theory]
    [InlineData("000", 13)]
    [InlineData("001", 20)]
    [InlineData("002", 14)]
    [InlineData("003", 10)]
    [InlineData("004", 13)]
    public void Every_body_paragraph_of_the_page_is_kept(string prefix, int paragraphs) =>
        Assert.Equal(paragraphs, Extract(prefix).Text.Split("\n\n").Length);

    [Fact]
    public void Every_kept_paragraph_is_a_line_of_the_page_or_its_tail()
    {
        foreach (var prefix in Seeds.Prefixes)
        {
            var source = Seeds.Text(prefix);
            Assert.All(Extract(prefix).Text.Split("\n\n"), p => Assert.Contains(p, source, StringComparison.Ordinal));
        }
    }
}
