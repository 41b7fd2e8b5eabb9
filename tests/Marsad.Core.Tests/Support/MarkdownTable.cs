namespace Marsad.Tests.Support;

/// <summary>
/// Reads the example tables that drive tests (<c>Examples/*.md</c>): every row of every pipe table, as column
/// header to cell text. A cell written as <c>`code`</c> is unwrapped; <c>\|</c> stands for a pipe inside a cell.
/// </summary>
internal static class MarkdownTable
{
    public static List<Dictionary<string, string>> Read(string fileUnderExamples)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Examples", fileUnderExamples);
        var rows = new List<Dictionary<string, string>>();
        string[]? headers = null;
        foreach (var line in File.ReadLines(path))
        {
            if (!line.TrimStart().StartsWith('|'))
            {
                headers = null;
                continue;
            }
            var cells = SplitRow(line);
            if (headers is null)
            {
                headers = cells;
            }
            else if (!cells.All(c => c.Trim('-', ':', ' ').Length == 0))
            {
                rows.Add(headers.Zip(cells).ToDictionary(pair => pair.First, pair => pair.Second, StringComparer.Ordinal));
            }
        }
        return rows;
    }

    /// <summary>The rows' first column, as xunit theory data: one test case per row, named by it.</summary>
    public static IEnumerable<object[]> FirstColumn(string fileUnderExamples) =>
        Read(fileUnderExamples).Select(row => new object[] { row.Values.First() });

    private static string[] SplitRow(string line)
    {
        var trimmed = line.Trim();
        trimmed = trimmed[1..(trimmed.EndsWith('|') ? ^1 : ^0)];
        return trimmed.Replace("\\|", "\u0001", StringComparison.Ordinal)
            .Split('|')
            .Select(cell => Unwrap(cell.Replace('\u0001', '|').Trim()))
            .ToArray();
    }

    private static string Unwrap(string cell) =>
        cell.Length >= 2 && cell[0] == '`' && cell[^1] == '`' ? cell[1..^1] : cell;
}
