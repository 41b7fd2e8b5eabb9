using Marsad.Tests.Support;
namespace Marsad.Tests.Dates;

/// <summary>The Markdown example tables under <c>Examples/dates</c>, as xunit theory data.</summary>
internal static class DateExamples
{
    public static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Examples", "dates");

    public static IEnumerable<MarkdownRow> Rows(string file) => MarkdownTable.Read(Path.Combine(Folder, file));
}
