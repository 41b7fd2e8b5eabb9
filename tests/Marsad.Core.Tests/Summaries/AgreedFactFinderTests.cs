using Marsad.Summaries;
using Marsad.Tests.Support;

namespace Marsad.Tests.Summaries;

public sealed class AgreedFactFinderTests
{
    private static SummarySource Source(string id, string? outlet, string text) => new(id, outlet, DateTime.MinValue, "", text, false);

    [Fact]
    public void Four_seed_articles_agree_on_about_2500_US_troops()
    {
        var seeds = TestArticles.Seeds().Select(a => Source(a.Article.Id, a.Article.Outlet, a.Article.Text)).ToList();
        var fact = Assert.Single(AgreedFactFinder.Find(seeds));
        Assert.Equal(2500, fact.Value);
        Assert.Equal("2500 جندي أميركي", fact.Phrase);
        Assert.Equal(["001", "002", "003", "004"], fact.ArticleIds.Order());
    }

    [Fact]
    public void One_source_is_not_agreement() =>
        Assert.Empty(AgreedFactFinder.Find([Source("a", "x", "قتل 15 شخصا في الهجوم."), Source("b", "x", "قتل 15 شخصا في الهجوم.")]));

    [Fact]
    public void Years_dates_percentages_and_small_numbers_are_not_facts()
    {
        const string text = "في عام 2014 وفي 27-7-2021 ارتفع المؤشر 12% وشارك 3 وزراء.";
        Assert.Empty(AgreedFactFinder.Find([Source("a", "x", text), Source("b", "y", text)]));
    }

    [Fact]
    public void Thousands_and_multipliers_are_read_as_values()
    {
        var found = AgreedFactFinder.Find([
            Source("a", "x", "نزح أكثر من 3 آلاف شخص من القرية."),
            Source("b", "y", "وقالت الأمم المتحدة إن 3,000 شخص نزحوا."),
        ]);
        Assert.Equal(3000, Assert.Single(found).Value);
    }

    [Fact]
    public void Numbers_counting_different_things_do_not_agree() =>
        Assert.Empty(AgreedFactFinder.Find([
            Source("a", "x", "أصيب 40 جنديا في الانفجار."),
            Source("b", "y", "تضرر 40 منزلا في الانفجار."),
            Source("c", "z", "تقدم 40 طالبا للمسابقة."),
        ]));
}
