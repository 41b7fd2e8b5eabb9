using System.IO.Compression;
using System.Text.Json;

namespace Marsad.Evaluation.Clusters;

/// <summary>
/// Reads SaudiNewsNet's day files (zips, each holding one JSON array of articles) and yields article texts
/// (title, then content) in file order, each distinct text once: agency copies recur across outlets and would
/// weigh their words twice.
/// </summary>
public static class SaudiNewsNetReader
{
    public static IEnumerable<string> Texts(DirectoryInfo folder)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var zipPath in folder.GetFiles("*.zip").OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            using var zip = ZipFile.OpenRead(zipPath.FullName);
            foreach (var entry in zip.Entries.Where(e => e.Name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                         .OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                using var stream = entry.Open();
                using var document = JsonDocument.Parse(stream);
                foreach (var article in document.RootElement.EnumerateArray())
                {
                    var text = $"{Field(article, "title")}\n{Field(article, "content")}";
                    if (seen.Add(text))
                    {
                        yield return text;
                    }
                }
            }
        }
    }

    private static string Field(JsonElement article, string name) =>
        article.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";
}
