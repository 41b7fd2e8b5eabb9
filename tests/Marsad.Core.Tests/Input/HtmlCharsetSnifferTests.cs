using System.Text;
using Marsad.Input;
using Marsad.Tests.Support;

namespace Marsad.Tests.Input;

/// <summary>The cases are in <c>Examples/charset-declarations.md</c>.</summary>
public sealed class HtmlCharsetSnifferTests
{
    private const string Examples = "charset-declarations.md";

    public static IEnumerable<object[]> Cases => MarkdownTable.FirstColumn(Examples);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Finds_the_declared_charset(string @case)
    {
        var row = MarkdownTable.Read(Examples).Single(r => r["case"] == @case);
        var expected = row["declared"] == "none" ? null : row["declared"];
        Assert.Equal(expected, HtmlCharsetSniffer.Sniff(Encoding.UTF8.GetBytes(row["page starts with"] + "<body></body></html>")));
    }

    [Fact]
    public void Looks_no_further_than_the_first_kilobyte()
    {
        var page = "<html><head>" + new string(' ', HtmlCharsetSniffer.PrescanLength) + "<meta charset=\"windows-1256\">";
        Assert.Null(HtmlCharsetSniffer.Sniff(Encoding.ASCII.GetBytes(page)));
    }
}
