using Marsad.Storage.Sqlite;
using Marsad.Summaries;

namespace Marsad.Tests;

public sealed class SummaryJsonTests
{
    private static readonly EventSummary Summary = new("مقتل 12 في هجوم <على> «بغداد» & \"ضواحيها\"",
        [new SummarySentence("قال المتحدث إن 2500 جندي وصلوا. 😀", "a1", "الرياض"), new SummarySentence("نص آخر", "a2", null)],
        [new AgreedFact(2500, "2500 جندي", ["الرياض", "عكاظ"], ["a1", "a2"])]);

    /// <summary>How rows were written before Arabic was kept as it is: every letter escaped.</summary>
    private const string EscapedBefore =
        """{"headline":"\u0646\u0635","sentences":[{"text":"\u0642\u0627\u0644 2500","article_id":"a1","outlet":"\u0639\u0643\u0627\u0638"}],"facts":[{"value":2500,"phrase":"2500 \u062C\u0646\u062F\u064A","outlets":["\u0639\u0643\u0627\u0638"],"article_ids":["a1"]}]}""";

    [Fact]
    public void Arabic_is_written_as_it_is_and_reads_back_the_same()
    {
        var json = SummaryJson.Write(Summary);

        Assert.Contains("مقتل 12 في هجوم", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u06", json, StringComparison.Ordinal);
        Assert.DoesNotContain("<", json, StringComparison.Ordinal);
        var read = SummaryJson.ReadSummary(json)!;
        Assert.Equal(Summary.Headline, read.Headline);
        Assert.Equal(Summary.Sentences, read.Sentences);
        Assert.Equal(SummaryJson.Write(Summary.Facts), SummaryJson.Write(read.Facts));
    }

    [Fact]
    public void Rows_written_with_every_letter_escaped_still_read()
    {
        var read = SummaryJson.ReadSummary(EscapedBefore)!;

        Assert.Equal("نص", read.Headline);
        Assert.Equal(new SummarySentence("قال 2500", "a1", "عكاظ"), Assert.Single(read.Sentences));
        var fact = Assert.Single(read.Facts);
        Assert.Equal((2500L, "2500 جندي", "عكاظ", "a1"), (fact.Value, fact.Phrase, Assert.Single(fact.Outlets), Assert.Single(fact.ArticleIds)));
    }
}
