using Marsad.Summaries;
using Marsad.Tests.Support;

namespace Marsad.Tests.Summaries;

public sealed class EventSummarizerTests
{
    private static SummarySource Source(string id, string outlet, string title, string text, int day, bool copy = false) =>
        new(id, outlet, new DateTime(2015, 7, day), title, text, copy);

    private static readonly List<SummarySource> Excerpt = TestArticles.SaudiNewsNetExcerpt()
        .Where(a => a.Article.Title.Contains("178", StringComparison.Ordinal))
        .Select(a => new SummarySource(a.Article.Id, a.Article.Outlet, a.Article.StreamTime!.Value, a.Article.Title, a.Article.Text, false))
        .ToList();

    [Fact]
    public void The_summary_takes_central_sentences_from_several_outlets_word_for_word()
    {
        var summary = EventSummarizer.Summarize(Excerpt);
        Assert.InRange(summary.Sentences.Count, 2, 3);
        Assert.True(summary.Sentences.Select(s => s.Outlet).Distinct().Count() >= 2, "one outlet only");
        Assert.All(summary.Sentences, s => Assert.Contains(s.Text, Excerpt.Single(e => e.ArticleId == s.ArticleId).Text, StringComparison.Ordinal));
        Assert.All(summary.Sentences, s => Assert.Contains("178", s.Text + summary.Headline, StringComparison.Ordinal));
    }

    [Fact]
    public void The_headline_is_one_of_the_titles()
    {
        var summary = EventSummarizer.Summarize(Excerpt);
        Assert.Contains(summary.Headline, Excerpt.Select(e => e.Title));
    }

    [Fact]
    public void Copies_count_for_facts_but_are_not_chosen_from()
    {
        var original = Source("a", "واس", "عنوان", "أعلنت الوزارة ضبط 943 ثلاجة مخالفة للمواصفات في حملة تفتيشية واسعة شملت المتاجر.", 26);
        var copy = original with { ArticleId = "b", Outlet = "سبق", IsCopy = true };
        var summary = EventSummarizer.Summarize([original, copy]);
        Assert.All(summary.Sentences, s => Assert.Equal("a", s.ArticleId));
        Assert.Equal(943, Assert.Single(summary.Facts).Value);
    }

    [Fact]
    public void A_single_article_is_summarized_by_its_lead()
    {
        var summary = EventSummarizer.Summarize([TestArticles.Seeds().Select(a => new SummarySource(a.Article.Id, null, DateTime.MinValue, a.Article.Title, a.Article.Text, false)).Last()]);
        Assert.Equal("الكاظمي: العلاقة مع واشنطن ستتحول إلى مرحلة جديدة", summary.Headline);
        Assert.StartsWith("أعلن رئيس الوزراء العراقي", summary.Sentences[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void One_report_gives_its_first_two_sentences_of_readable_length_in_order()
    {
        var text = "الرياض - واس.\n" +
            "أعلنت وزارة الصحة اليوم تسجيل حالات جديدة في ثلاث مناطق من المملكة.\n" +
            "وقالت الوزارة إن الفرق الميدانية تتابع المخالطين في كل المناطق المعنية.\n" +
            "ودعت المواطنين إلى الالتزام بالإرشادات الصحية المعلنة في كل الأوقات.";
        var summary = EventSummarizer.Summarize([Source("a", "واس", "الصحة تسجل حالات جديدة", text, 26)]);

        Assert.Equal("الصحة تسجل حالات جديدة", summary.Headline);
        Assert.Equal(["أعلنت وزارة الصحة اليوم تسجيل حالات جديدة في ثلاث مناطق من المملكة.",
            "وقالت الوزارة إن الفرق الميدانية تتابع المخالطين في كل المناطق المعنية."], summary.Sentences.Select(s => s.Text));
    }

    [Fact]
    public void Nothing_to_summarize_gives_an_empty_summary() =>
        Assert.Empty(EventSummarizer.Summarize([]).Sentences);
}
