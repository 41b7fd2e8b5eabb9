using System.Text;

namespace Marsad.Tests.Support;

/// <summary>
/// Reads the example tables that drive tests (<c>Examples/**/*.md</c>), written for an Arabic-reading editor to review:
/// every pipe table of a file (a header row, a <c>|---|</c> row, then data rows), each row with its file and line
/// for failure messages. Headers are lowercased; a cell written as <c>`code`</c> is unwrapped; <c>\|</c> is a pipe.
/// </summary>
internal static class MarkdownTable
{
    public static readonly string Examples = Path.Combine(AppContext.BaseDirectory, "Examples");

    /// <param name="path">A file path, or a path relative to <c>Examples/</c>.</param>
    public static IEnumerable<MarkdownRow> Read(string path)
    {
        var full = Path.IsPathRooted(path) ? path : Path.Combine(Examples, path);
        var lines = File.ReadAllLines(full);
        var file = Path.GetFileName(full);
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            if (!IsRow(lines[i]) || !IsSeparator(lines[i + 1]))
            {
                continue;
            }
            var header = Cells(lines[i]).Select(cell => cell.ToLowerInvariant()).ToList();
            var row = i + 2;
            for (; row < lines.Length && IsRow(lines[row]); row++)
            {
                var cells = Cells(lines[row]);
                var named = new Dictionary<string, string>(StringComparer.Ordinal);
                for (var c = 0; c < header.Count; c++)
                {
                    named[header[c]] = c < cells.Count ? cells[c] : "";
                }
                yield return new MarkdownRow(file, row + 1, named, header[0]);
            }
            i = row - 1;
        }
    }

    /// <summary>The rows' first cells, as xunit theory data: one test case per row, named by it.</summary>
    public static IEnumerable<object[]> FirstColumn(string path) => Read(path).Select(row => new object[] { row.First });

    private static bool IsRow(string line) => line.TrimStart().StartsWith('|');

    private static bool IsSeparator(string line) =>
        IsRow(line) && Cells(line).All(cell => cell.Length >= 3 && cell.Trim(':').All(c => c == '-'));

    private static List<string> Cells(string line)
    {
        var trimmed = line.Trim();
        var inner = trimmed.Substring(1, trimmed.EndsWith('|') && trimmed.Length > 1 ? trimmed.Length - 2 : trimmed.Length - 1);
        var cells = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] == '\\' && i + 1 < inner.Length && inner[i + 1] == '|')
            {
                current.Append('|');
                i++;
            }
            else if (inner[i] == '|')
            {
                cells.Add(Unwrap(current.ToString().Trim()));
                current.Clear();
            }
            else
            {
                current.Append(inner[i]);
            }
        }
        cells.Add(Unwrap(current.ToString().Trim()));
        return cells;
    }

    private static string Unwrap(string cell) =>
        cell.Length >= 2 && cell[0] == '`' && cell[^1] == '`' ? cell[1..^1] : cell;
}
