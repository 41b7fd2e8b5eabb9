namespace Marsad.Tests.Support;

/// <summary>One data row of a Markdown example table, with where it is (for failure messages).</summary>
internal sealed record MarkdownRow(string File, int Line, IReadOnlyDictionary<string, string> Cells, string FirstHeader)
{
    /// <summary>The cell of a column (header lowercased), empty when the table has no such column.</summary>
    public string this[string column] => Cells.TryGetValue(column, out var value) ? value : "";

    /// <summary>The first cell of the row, which names the case.</summary>
    public string First => this[FirstHeader];

    /// <summary>A cell that may say "none": empty, — or "none" read as null.</summary>
    public string? Optional(string column) => this[column] is "" or "—" or "-" or "none" ? null : this[column];
}
