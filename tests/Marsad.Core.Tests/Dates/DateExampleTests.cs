using System.Globalization;
using Marsad.Articles;
using Marsad.Dates;

namespace Marsad.Tests.Dates;

/// <summary>Every row of the example tables in <c>Examples/dates/*.md</c> is a case.</summary>
public sealed class DateExampleTests
{
    private static readonly string[] MentionTables = ["gregorian.md", "hijri.md", "numeric.md", "relative.md", "years.md"];

    public static TheoryData<string, string, string, string, string, string> Mentions()
    {
        var data = new TheoryData<string, string, string, string, string, string>();
        foreach (var row in MentionTables.SelectMany(DateExamples.Rows))
        {
            data.Add($"{row.File}:{row.Line}", row["text"], row["reference"], row["mention"], row["value"], row["kind"]);
        }
        return data;
    }

    public static TheoryData<string, string, string> NotDates()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var row in DateExamples.Rows("not-dates.md"))
        {
            data.Add($"{row.File}:{row.Line}", row["text"], row["not a date"]);
        }
        return data;
    }

    public static TheoryData<string, string, string, string> DateLines()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var row in DateExamples.Rows("date-lines.md"))
        {
            data.Add($"{row.File}:{row.Line}", row["line"], row["date line"], row["publication date"]);
        }
        return data;
    }

    public static TheoryData<string, string, string, string> Estimates()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var row in DateExamples.Rows("estimates.md"))
        {
            data.Add($"{row.File}:{row.Line}", row["text"], row["context"], row["estimate"]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Mentions))]
    public void Finds_the_mention_and_its_value(string where, string text, string reference, string mention, string value, string kind)
    {
        var found = DateRecognizer.Default.Find(text, ParseReference(reference));
        var match = found.FirstOrDefault(m => m.Text == mention);
        Assert.True(match is not null, $"{where}: «{mention}» not found; found: {Describe(found)}");
        Assert.Equal(text[match.Start..match.End], match.Text);
        Assert.Equal(value == "null" ? null : value, match.Value);
        if (kind.Length > 0)
        {
            Assert.Equal(kind, match.Kind.ToString());
        }
    }

    [Theory]
    [MemberData(nameof(NotDates))]
    public void Leaves_a_word_that_is_not_a_date(string where, string text, string word)
    {
        var at = text.IndexOf(word, StringComparison.Ordinal);
        Assert.True(at >= 0, $"{where}: «{word}» is not in the text");
        var found = DateRecognizer.Default.Find(text, PublicationDate.OfDay(new DateOnly(2021, 7, 18)));
        Assert.False(found.Any(m => m.Start < at + word.Length && at < m.End), $"{where}: found {Describe(found)}");
    }

    [Theory]
    [MemberData(nameof(DateLines))]
    public void Tells_a_publication_date_line(string where, string line, string isDateLine, string expected)
    {
        var parsed = DateLineParser.TryParse(line, out var date);
        Assert.True(parsed == (isDateLine == "yes"), $"{where}: expected {isDateLine}, got {(parsed ? Iso(date) : "no")}");
        if (parsed)
        {
            Assert.Equal(expected, Iso(date));
        }
    }

    [Theory]
    [MemberData(nameof(Estimates))]
    public void Estimates_when_an_undated_text_was_written(string where, string text, string context, string expected)
    {
        var estimate = new PublicationDateEstimator().Estimate(text, DateOnly.Parse(context, CultureInfo.InvariantCulture));
        Assert.True((estimate is null ? "none" : Iso(estimate.Value)) == expected, $"{where}: got {estimate}");
    }

    private static PublicationDate? ParseReference(string reference) =>
        PublicationDate.TryParseIso(reference, out var date) ? date : null;

    private static string Iso(PublicationDate date) => date.HasTime
        ? date.Value.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture)
        : date.ToIso();

    private static string Describe(IEnumerable<DateMention> mentions) =>
        string.Join(", ", mentions.Select(m => $"«{m.Text}» {m.Value ?? "null"} {m.Kind}"));
}
