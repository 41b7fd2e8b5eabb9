using System.IO.Compression;
using System.Text.Json;

namespace Marsad.Evaluation.Extraction;

/// <summary>
/// The article-extraction benchmark (scrapinghub/article-extraction-benchmark) as it lies on disk:
/// <c>ground-truth.json</c>, <c>html/&lt;id&gt;.html.gz</c> and the peers' outputs in <c>peers/*.json</c>.
/// </summary>
public sealed record AebBenchmark(DirectoryInfo Folder, IReadOnlyList<AebPage> Pages, IReadOnlyList<PeerOutput> Peers)
{
    public static AebBenchmark Load(DirectoryInfo folder)
    {
        using var truth = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder.FullName, "ground-truth.json")));
        var pages = new List<AebPage>();
        foreach (var entry in truth.RootElement.EnumerateObject())
        {
            var html = Path.Combine(folder.FullName, "html", entry.Name + ".html.gz");
            pages.Add(new AebPage(entry.Name, StringOrNull(entry.Value, "url"),
                StringOrNull(entry.Value, "articleBody") ?? "", html));
        }
        pages.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        var peersFolder = Path.Combine(folder.FullName, "peers");
        var peers = Directory.Exists(peersFolder)
            ? Directory.GetFiles(peersFolder, "*.json").Order(StringComparer.Ordinal).Select(LoadPeer).ToList()
            : [];
        return new AebBenchmark(folder, pages, peers);
    }

    public static byte[] ReadHtmlBytes(AebPage page)
    {
        using var file = File.OpenRead(page.HtmlPath);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var bytes = new MemoryStream();
        gzip.CopyTo(bytes);
        return bytes.ToArray();
    }

    /// <summary>Peer files come in two shapes: <c>{ id: { articleBody } }</c>, or that under <c>output</c> with a <c>version</c>.</summary>
    private static PeerOutput LoadPeer(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = json.RootElement;
        var version = root.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        var pages = root.TryGetProperty("output", out var output) && output.ValueKind == JsonValueKind.Object ? output : root;
        var bodies = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var page in pages.EnumerateObject())
        {
            if (page.Value.ValueKind == JsonValueKind.Object)
            {
                bodies[page.Name] = StringOrNull(page.Value, "articleBody") ?? "";
            }
        }
        return new PeerOutput(Path.GetFileNameWithoutExtension(path), version, bodies);
    }

    private static string? StringOrNull(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
