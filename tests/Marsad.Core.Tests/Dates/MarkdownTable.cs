namespace Marsad.Tests.Dates;

/// <summary>
/// Reads the example tables of a Markdown file: a header row, a separator row (<c>|---|</c>), then data rows up to
/// the first line that is not a row. Cells are trimmed; <c>\|</c> stands for a pipe inside a cell.
/// </summary>
internal static class MarkdownTable
{
    public static IEnumerable<MarkdownRow> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var file = Path.GetFileName(path);
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
                yield return new MarkdownRow(file, row + 1, named);
            }
            i = row - 1;
        }
    }

    private static bool IsRow(string line) => line.TrimStart().StartsWith('|');

    private static bool IsSeparator(string line) =>
        IsRow(line) && Cells(line).All(cell => cell.Length >= 3 && cell.Trim(':').All(c => c == '-'));

    private static List<string> Cells(string line)
    {
        var trimmed = line.Trim();
        var inner = trimmed.Substring(1, trimmed.EndsWith('|') && trimmed.Length > 1 ? trimmed.Length - 2 : trimmed.Length - 1);
        var cells = new List<string>();
        var current = new System.Text.StringBuilder();
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] == '\\' && i + 1 < inner.Length && inner[i + 1] == '|')
            {
                current.Append('|');
                i++;
            }
            else if (inner[i] == '|')
            {
                cells.Add(current.ToString().Trim());
                current.Clear();
            }
            else
            {
                current.Append(inner[i]);
            }
        }
        cells.Add(current.ToString().Trim());
        return cells;
    }
}
