using Marsad.Articles;
using Marsad.Dates;

namespace Marsad.Tests.Dates;

/// <summary>The dates EXPECTED.md asks of the five seed articles (copied under Fixtures/seeds).</summary>
public sealed class SeedDateTests
{
    private static string Seed(string prefix) => File.ReadAllText(
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "seeds"), prefix + "_*.txt").Single());

    private static IReadOnlyList<DateMention> Dates(string prefix, int year, int month, int day) =>
        DateRecognizer.Default.Find(Seed(prefix), PublicationDate.OfDay(new DateOnly(year, month, day)));

    [Theory]
    [InlineData(18)]
    [InlineData(1)]
    [InlineData(25)]
    public void Seed_000_dates_resolve_against_any_july_day_before_the_visit(int day)
    {
        var dates = Dates("000", 2021, 7, day);
        Assert.Contains(dates, m => m.Text == "26 يوليو/تموز" && m.Value == "2021-07-26");
        Assert.Contains(dates, m => m.Text == "السابع من أبريل/نيسان الماضي" && m.Value == "2021-04-07");
    }

    [Fact]
    public void Seed_002_bare_tuesday_is_the_day_before_its_wednesday()
    {
        var dates = Dates("002", 2020, 11, 18);
        Assert.Contains(dates, m => m.Text == "الأربعاء 2020/11/18" && m.Value == "2020-11-18");
        Assert.All(dates.Where(m => m.Text == "الثلاثاء"), m => Assert.Equal("2020-11-17", m.Value));
        Assert.Contains(dates, m => m.Text == "منتصف عام 2014" && m.Value == "2014");
        Assert.Contains(dates, m => m.Text == "عام 2017" && m.Value == "2017");
    }

    [Fact]
    public void Seed_003_sunday_evening_is_its_own_sunday()
    {
        var dates = Dates("003", 2021, 4, 18);
        Assert.Contains(dates, m => m.Text == "18 ابريل 2021" && m.Value == "2021-04-18");
        Assert.Contains(dates, m => m.Text == "مساء الأحد" && m.Value == "2021-04-18" && m.Kind == DateKind.DateTime);
    }

    [Fact]
    public void Seed_001_years_and_publication_line()
    {
        var dates = Dates("001", 2021, 7, 25);
        Assert.Contains(dates, m => m.Text == "الأحد 25 يوليو 2021 11:02 ص" && m.Value == "2021-07-25T11:02");
        Assert.Contains(dates, m => m.Text == "العام 2014" && m.Value == "2014");
        Assert.Contains(dates, m => m.Text == "عام 2008" && m.Value == "2008");
    }

    [Fact]
    public void Seed_004_dates_and_not_the_direst_need()
    {
        var text = Seed("004");
        var dates = Dates("004", 2021, 7, 27);
        Assert.Contains(dates, m => m.Text == "يوم 26 يوليو 2021" && m.Value == "2021-07-26");
        Assert.Contains(dates, m => m.Text == "الثلاثاء 27-7-2021" && m.Value == "2021-07-27");
        var need = text.IndexOf("أمس الحاجة", StringComparison.Ordinal);
        Assert.DoesNotContain(dates, m => m.Start <= need && need < m.End);
    }

    [Theory]
    [InlineData("002", "الأربعاء 2020/11/18", "2020-11-18")]
    [InlineData("003", "18 ابريل 2021", "2021-04-18")]
    [InlineData("001", "الأحد 25 يوليو 2021 11:02 ص", "2021-07-25T11:02:00")]
    [InlineData("004", "2021-07-27", "2021-07-27")]
    public void Seed_date_lines_give_the_publication_date(string prefix, string line, string expected)
    {
        Assert.Contains(Seed(prefix).Split('\n'), l => l.Trim() == line);
        Assert.True(DateLineParser.TryParse(line, out var date));
        Assert.Equal(expected, date.ToIso());
    }

    [Fact]
    public void Seed_body_lines_are_not_date_lines()
    {
        foreach (var prefix in new[] { "000", "001", "002", "003", "004" })
        {
            var lines = Seed(prefix).Split('\n').Where(l => l.Trim().Length > 40);
            Assert.All(lines, line => Assert.False(DateLineParser.TryParse(line, out _), line));
        }
    }

    [Fact]
    public void Seed_000_is_estimated_a_sunday_in_july_2021_before_the_26th()
    {
        var estimate = new PublicationDateEstimator().Estimate(Seed("000"), new DateOnly(2021, 7, 27));
        Assert.NotNull(estimate);
        var day = estimate.Value.Day;
        Assert.Equal(DayOfWeek.Sunday, day.DayOfWeek);
        Assert.Equal((2021, 7), (day.Year, day.Month));
        Assert.True(day.Day < 26, day.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void An_article_that_says_nothing_about_its_day_gets_no_estimate() =>
        Assert.Null(new PublicationDateEstimator().Estimate(Seed("003").Replace("السبت", "", StringComparison.Ordinal)
            .Replace("مساء الأحد", "", StringComparison.Ordinal), new DateOnly(2021, 7, 27)));
}
