using Marsad.Sources;
using Marsad.Tests.Support;

namespace Marsad.Tests.Sources;

/// <summary>The example tables in <c>Examples/sources/</c>, one test case per row.</summary>
public sealed class BylineExampleTests
{
    public static IEnumerable<object[]> Bylines => MarkdownTable.FirstColumn("sources/bylines.md");

    public static IEnumerable<object[]> Lines => MarkdownTable.FirstColumn("sources/lines.md");

    public static IEnumerable<object[]> Datelines => MarkdownTable.FirstColumn("sources/datelines.md");

    [Theory]
    [MemberData(nameof(Bylines))]
    public void A_crawled_byline_is_taken_apart(string byline)
    {
        var row = MarkdownTable.Read("sources/bylines.md").Single(r => r.First == byline);
        var parsed = BylineParser.Parse(byline);
        Assert.Equal((row.Optional("author"), row.Optional("dateline"), row.Optional("agency"), row.Optional("outlet")),
            (parsed.Author, parsed.Dateline, parsed.Agency, parsed.Outlet));
    }

    [Theory]
    [MemberData(nameof(Lines))]
    public void A_line_is_a_byline_only_when_it_is_nothing_else(string line)
    {
        var row = MarkdownTable.Read("sources/lines.md").Single(r => r.First == line);
        var isByline = BylineParser.TryParseLine(line, out var parsed);
        Assert.Equal(row["byline"] == "yes", isByline);
        if (isByline)
        {
            Assert.Equal((row.Optional("author"), row.Optional("dateline"), row.Optional("agency")),
                (parsed.Author, parsed.Dateline, parsed.Agency));
        }
    }

    [Theory]
    [MemberData(nameof(Datelines))]
    public void A_dateline_opening_a_paragraph_is_read_and_the_paragraph_kept(string paragraph)
    {
        var row = MarkdownTable.Read("sources/datelines.md").Single(r => r.First == paragraph);
        var found = BylineParser.TryParseDatelinePrefix(paragraph, out var parsed, out _);
        Assert.Equal(row.Optional("dateline") is not null, found);
        Assert.Equal((row.Optional("dateline"), row.Optional("agency"), row.Optional("outlet")),
            (parsed.Dateline, parsed.Agency, parsed.Outlet));
    }
}
