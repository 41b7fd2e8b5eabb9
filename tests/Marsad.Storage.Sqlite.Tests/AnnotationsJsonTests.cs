using Marsad.Entities;
using Marsad.Quotes;
using Marsad.Storage.Sqlite;

namespace Marsad.Tests;

public sealed class AnnotationsJsonTests
{
    private const string Text = "قال الكاظمي إن القوات ستنسحب.";

    private static readonly ArticleEntity[] Entities = [new(4, 11, "الكاظمي", EntityType.Person, "per:كاظمي")];

    private static readonly Quotation[] Quotes =
        [new(15, 28, "القوات ستنسحب", false, "الكاظمي", "كاظمي", SpeakerKind.Person, SpeakerCue.Name, 4, 11)];

    [Fact]
    public void Arabic_is_written_as_it_is_and_reads_back_the_same()
    {
        var json = AnnotationsJson.Write([], Entities, Quotes);

        Assert.Contains("per:كاظمي", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u06", json, StringComparison.Ordinal);
        var (dates, entities, quotes) = AnnotationsJson.Read(json, Text);
        Assert.Empty(dates);
        Assert.Equal(Entities, entities);
        Assert.Equal(Quotes, quotes);
    }

    [Fact]
    public void Rows_written_with_every_letter_escaped_still_read()
    {
        const string escaped = """{"d":[],"n":[{"s":4,"e":11,"t":0,"k":"per:\u0643\u0627\u0638\u0645\u064A"}],"q":[]}""";

        var (_, entities, _) = AnnotationsJson.Read(escaped, Text);

        Assert.Equal("per:كاظمي", Assert.Single(entities).Key);
    }
}
