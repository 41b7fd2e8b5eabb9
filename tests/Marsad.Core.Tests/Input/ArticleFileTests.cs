using System.IO.Compression;
using System.Text;
using Marsad.Input;
using Marsad.Tests.Support;

namespace Marsad.Tests.Input;

/// <summary>Files as a user hands them over: folders, text and HTML files, zips, and every kind of bad file.</summary>
public sealed class ArticleFileTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static List<InputItem> Walk(params string[] paths) => new InputWalker(paths).Items().ToList();

    [Fact]
    public void A_folder_is_read_recursively_and_ids_are_relative_paths_without_extension()
    {
        folder.File("a.txt", "عنوان\n\nنص");
        folder.File("sub/b.html", "<html><body><p>نص</p></body></html>");
        folder.File("notes.docx", "ignored");
        folder.File(".hidden.txt", "ignored");
        var ids = Walk(folder.Path).OfType<ArticleInput>().Select(i => i.Article.Id).ToList();
        Assert.Equal(["a", "sub/b"], ids);
    }

    [Fact]
    public void A_file_given_directly_is_named_by_its_file_name()
    {
        var path = folder.File("x/seed.txt", "عنوان\n\nنص");
        Assert.Equal("seed", Assert.IsType<ArticleInput>(Assert.Single(Walk(path))).Article.Id);
    }

    [Fact]
    public void An_empty_file_is_a_clear_problem()
    {
        var path = folder.File("empty.txt", "");
        Assert.Contains("empty", Problem(path), StringComparison.Ordinal);
    }

    [Fact]
    public void A_binary_file_is_a_clear_problem()
    {
        var path = folder.Bytes("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        Assert.Contains("binary", Problem(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_is_a_clear_problem_naming_the_offset()
    {
        // Mostly valid Arabic UTF-8 with a damaged sequence after the first line (22 bytes): corrupt, not another encoding.
        var good = Encoding.UTF8.GetBytes("عنوان الخبر\n\nقال رئيس الوزراء العراقي إن بلاده لا تحتاج إلى قوات قتالية.");
        var bytes = good[..22].Concat(new byte[] { 0xD8, 0xFF, 0xFE }).Concat(good[22..]).ToArray();
        var path = folder.Bytes("broken.txt", bytes);
        var message = Problem(path);
        Assert.Contains("UTF-8", message, StringComparison.Ordinal);
        Assert.Contains("at offset 22", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_100_MB_file_is_refused_by_its_size_without_reading_it()
    {
        var path = folder.File("huge.txt");
        using (var stream = File.Create(path))
        {
            stream.SetLength(100L * 1024 * 1024);
        }
        var message = Problem(path);
        Assert.Contains("100.0 MB", message, StringComparison.Ordinal);
        Assert.Contains("at most", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_paths_and_unsupported_files_are_named()
    {
        var odd = folder.File("table.csv", "a,b");
        var items = Walk(Path.Combine(folder.Path, "nope"), odd);
        Assert.Equal(["no such file or folder", "unsupported file type; Marsad reads .txt, .html, .htm, .json, .jsonl, .zip"],
            items.Cast<InputProblem>().Select(p => p.Message));
    }

    [Fact]
    public void A_zip_is_read_entry_by_entry_and_a_corrupt_entry_does_not_stop_the_others()
    {
        var path = Path.Combine(folder.Path, "batch.zip");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            Add(zip, "01.txt", "الأول\n\nنص الخبر الأول " + new string('ب', 4000));
            Add(zip, "02.txt", "الثاني\n\nنص الخبر الثاني " + new string('ت', 4000));
            Add(zip, "03.jsonl", "{\"id\":\"j1\",\"text\":\"نص\"}\n");
        }
        CorruptEntry(path, "02.txt");
        var items = Walk(path);
        Assert.Equal(["01", "j1"], items.OfType<ArticleInput>().Select(i => i.Article.Id));
        var problem = Assert.IsType<InputProblem>(Assert.Single(items.OfType<InputProblem>()));
        Assert.Equal(path + "!02.txt", problem.Origin);
        Assert.Contains("corrupt zip entry", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_zip_at_all_is_named()
    {
        var path = folder.File("fake.zip", "not a zip");
        Assert.Contains("not a readable zip file", Problem(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_counts_bytes_up_to_the_total()
    {
        folder.File("a.txt", "عنوان\n\nنص");
        folder.File("b.txt", "عنوان\n\nنص آخر");
        var walker = new InputWalker([folder.Path]);
        Assert.Equal(0, walker.BytesRead);
        _ = walker.Items().ToList();
        Assert.Equal(walker.TotalBytes, walker.BytesRead);
    }

    private static string Problem(string path) => Assert.IsType<InputProblem>(Assert.Single(Walk(path))).Message;

    private static void Add(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open());
        writer.Write(content);
    }

    /// <summary>Flips bytes in the middle of an entry's compressed data, leaving the zip's directory intact.</summary>
    private static void CorruptEntry(string path, string entryName)
    {
        long offset;
        long length;
        using (var zip = ZipFile.OpenRead(path))
        {
            var entry = zip.GetEntry(entryName)!;
            length = entry.CompressedLength;
        }
        var bytes = File.ReadAllBytes(path);
        var name = Encoding.UTF8.GetBytes(entryName);
        offset = IndexOf(bytes, name) + name.Length;
        for (var i = offset + length / 3; i < offset + 2 * length / 3; i++)
        {
            bytes[i] ^= 0x5A;
        }
        File.WriteAllBytes(path, bytes);
    }

    private static long IndexOf(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle);
}
