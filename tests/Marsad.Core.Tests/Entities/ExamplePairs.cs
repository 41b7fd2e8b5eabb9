namespace Marsad.Tests.Entities;

/// <summary>
/// Reads the rows of the Markdown tables in an example file (<c>| a | b |</c>), skipping header and separator
/// rows, so that examples live in files an Arabic-reading editor can review without reading C#.
/// </summary>
internal static class ExamplePairs
{
    public static IEnumerable<string[]> Rows(string relativePath)
    {
        var path = Path.Combine(AppContext.BaseDirectory, relativePath);
        var inTable = false;
        foreach (var line in File.ReadLines(path))
        {
            var trimmed = line.Trim();
            if (!trimmed.StartsWith('|'))
            {
                inTable = false;
                continue;
            }
            var cells = trimmed.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            if (!inTable)
            {
                inTable = true; // the header row
                continue;
            }
            if (cells.All(c => c.Length > 0 && c.All(ch => ch is '-' or ':')))
            {
                continue;
            }
            yield return cells;
        }
    }

    /// <summary>Turns rows into xunit theory data: one case per row.</summary>
    public static TheoryData<string, string> Pairs(string relativePath)
    {
        var data = new TheoryData<string, string>();
        foreach (var row in Rows(relativePath))
        {
            data.Add(row[0], row.Length > 1 ? row[1] : "");
        }
        return data;
    }
}
