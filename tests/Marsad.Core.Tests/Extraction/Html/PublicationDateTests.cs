using Marsad.Extraction.Html;
using Marsad.Tests.Support;

namespace Marsad.Tests.Extraction.Html;

/// <summary>The cases are in <c>Examples/html-dates.md</c>.</summary>
public sealed class PublicationDateTests
{
    private const string Examples = "html-dates.md";

    public static IEnumerable<object[]> Cases => MarkdownTable.FirstColumn(Examples);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Finds_the_publication_date_in_metadata(string @case)
    {
        var row = MarkdownTable.Read(Examples).Single(r => r["case"] == @case);
        var html = SmallPage.With(Unquote(row["markup"]));
        var url = row["url"].Length > 0 ? row["url"] : null;

        var extraction = HtmlArticleExtractor.Extract(html, url);

        Assert.Equal(row["found"], extraction.Published?.ToIso() ?? "none");
        Assert.Equal(row["source"], extraction.PublishedSource ?? "");
    }

    /// <summary>A cell may glue code spans with <c>+ "\n" +</c> to show a raw line break.</summary>
    private static string Unquote(string markup) =>
        markup.Replace("` + \"\\n\" + `", "\n", StringComparison.Ordinal);
}
