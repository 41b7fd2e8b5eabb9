using System.Globalization;
using System.IO.Compression;
using System.Text.Json;

namespace Marsad.Evaluation.Extraction;

/// <summary>
/// Loads the Arabic/RTL page set from its <c>INDEX.md</c> table (page file, language, site, expected output files)
/// and reads each expectation in the shape its source suite wrote it: newspaper's <c>.txt</c>, goose's
/// <c>cleaned_text</c> prefix, fundus' paragraphs, magic-html's <c>content</c>, trafilatura's with/without snippets,
/// htmldate's <c>date</c>.
/// </summary>
public static class ArabicPageIndex
{
    public static List<ArabicPage> Load(DirectoryInfo folder)
    {
        var pages = new List<ArabicPage>();
        foreach (var row in ReadIndexRows(Path.Combine(folder.FullName, "INDEX.md")))
        {
            var page = new ArabicPage(row.File, row.Language, row.Site, Path.Combine(folder.FullName, row.File), null);
            foreach (var expected in row.ExpectedFiles)
            {
                var path = Path.Combine(folder.FullName, expected);
                if (File.Exists(path))
                {
                    page = WithExpectation(page, path);
                }
            }
            pages.Add(page);
        }
        return pages;
    }

    public static byte[] ReadHtmlBytes(ArabicPage page)
    {
        var bytes = File.ReadAllBytes(page.HtmlPath);
        if (!page.HtmlPath.EndsWith(".gz", StringComparison.Ordinal))
        {
            return bytes;
        }
        using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var output = new MemoryStream();
        gzip.CopyTo(output);
        return output.ToArray();
    }

    private sealed record IndexRow(string File, string Language, string Site, List<string> ExpectedFiles);

    /// <summary>Rows of the page table: its first cell is a page file, its seventh the expected outputs ("a.txt (...); b.json (...)").</summary>
    private static IEnumerable<IndexRow> ReadIndexRows(string indexPath)
    {
        foreach (var line in File.ReadLines(indexPath))
        {
            var cells = line.Split('|').Select(c => c.Trim()).ToArray();
            if (cells.Length < 9 || !cells[1].Contains(".html", StringComparison.Ordinal))
            {
                continue;
            }
            var expected = cells[7].Split(';')
                .Select(part => part.Trim().Split(' ')[0])
                .Where(name => name.Contains('.', StringComparison.Ordinal))
                .ToList();
            yield return new IndexRow(cells[1], cells[2], cells[3], expected);
        }
    }

    private static ArabicPage WithExpectation(ArabicPage page, string path)
    {
        var name = Path.GetFileName(path);
        if (name.EndsWith(".txt", StringComparison.Ordinal))
        {
            return page with { ExpectedText = File.ReadAllText(path) };
        }
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = json.RootElement;
        if (name.EndsWith(".metadata.json", StringComparison.Ordinal))
        {
            return page with { Url = Text(root, "url"), ExpectedTitle = Text(root, "title") };
        }
        if (name.EndsWith(".date.json", StringComparison.Ordinal) || name.EndsWith(".evaldata.json", StringComparison.Ordinal))
        {
            // { url: { date, title, with, without } }
            var entry = root.EnumerateObject().First();
            return page with
            {
                Url = entry.Name,
                ExpectedDate = Date(Text(entry.Value, "date")),
                ExpectedTitle = Text(entry.Value, "title") ?? page.ExpectedTitle,
                MustContain = Strings(entry.Value, "with"),
                MustNotContain = Strings(entry.Value, "without"),
            };
        }
        if (name.EndsWith(".expected.json", StringComparison.Ordinal))
        {
            var entry = root.EnumerateObject().First().Value;
            return page with { Url = Text(entry, "url"), ExpectedText = Text(entry, "content") };
        }
        if (root.TryGetProperty("expected", out var goose))
        {
            return page with { Url = Text(root, "url"), ExpectedOpening = Text(goose, "cleaned_text") };
        }
        if (root.TryGetProperty("V1", out var fundus))
        {
            var paragraphs = fundus.GetProperty("body").GetProperty("sections").EnumerateArray()
                .SelectMany(section => section.GetProperty("paragraphs").EnumerateArray())
                .Select(p => p.GetString() ?? "");
            return page with
            {
                Url = FundusUrl(path),
                ExpectedText = string.Join("\n", paragraphs),
                ExpectedTitle = Text(fundus, "title"),
                ExpectedDate = Date(Text(fundus, "publishing_date")),
            };
        }
        return page;
    }

    /// <summary>fundus keeps the page's URL beside its expectation, in <c>.meta.info</c>.</summary>
    private static string? FundusUrl(string expectationPath)
    {
        var info = Path.ChangeExtension(expectationPath, ".meta.info");
        if (!File.Exists(info))
        {
            return null;
        }
        using var json = JsonDocument.Parse(File.ReadAllBytes(info));
        return json.RootElement.EnumerateObject().Select(e => Text(e.Value, "url")).FirstOrDefault();
    }

    private static DateOnly? Date(string? text) =>
        text is { Length: >= 10 } && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture,
            DateTimeStyles.None, out var day) ? day : null;

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            && value.GetString() is { Length: > 0 } text ? text : null;

    private static List<string>? Strings(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Select(v => v.GetString() ?? "").Where(s => s.Length > 0).ToList()
            : null;
}
