using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Marsad.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Marsad.Tests;

/// <summary>Bad input gets a clear message naming it; everything else goes in, and nothing stored before is lost.</summary>
public sealed class CliBadInputTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static string Seeds => Path.Combine(AppContext.BaseDirectory, "Fixtures", "seeds");

    [Fact]
    public void Each_bad_file_is_named_the_good_ones_go_in_and_the_exit_code_says_so()
    {
        Assert.Equal(0, MarsadProcess.Run(folder.Path, "ingest", Seeds).ExitCode);
        var bad = Path.Combine(folder.Path, "bad");
        folder.File("bad/empty.txt", "");
        folder.Bytes("bad/binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]);
        folder.Bytes("bad/invalid.txt", [.. Encoding.UTF8.GetBytes("عنوان\n\nنص"), 0xC0, 0xAF, .. Encoding.UTF8.GetBytes("نص آخر طويل بما يكفي")]);
        folder.File("bad/lines.jsonl", "{\"id\":\"ok1\",\"text\":\"نص أول\"}\n{\"id\": \"broken\", \"text\": \n{\"id\":\"ok2\",\"text\":\"نص ثان\"}\n");
        using (var huge = File.Create(Path.Combine(bad, "huge.txt")))
        {
            huge.SetLength(100L * 1024 * 1024);
        }
        MakeZipWithCorruptEntry(Path.Combine(bad, "batch.zip"));
        folder.File("bad/good.txt", "خبر سليم\n\nنص خبر سليم عن افتتاح مهرجان أملج البحري.");

        var result = MarsadProcess.Run(folder.Path, "ingest", bad);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("empty.txt: the file is empty", result.Error, StringComparison.Ordinal);
        Assert.Contains("binary.txt: this is a binary file", result.Error, StringComparison.Ordinal);
        Assert.Contains("invalid.txt: the text is not valid UTF-8", result.Error, StringComparison.Ordinal);
        Assert.Contains("lines.jsonl:2: the line is not valid JSON", result.Error, StringComparison.Ordinal);
        Assert.Contains("huge.txt: the file is 100.0 MB", result.Error, StringComparison.Ordinal);
        Assert.Contains("batch.zip!02.txt: corrupt zip entry", result.Error, StringComparison.Ordinal);

        var export = MarsadProcess.Run(folder.Path, "export").Out;
        foreach (var id in new[] { "ok1", "ok2", "good", "01", "002_c4cb800c5c6b35be" })
        {
            Assert.Contains($"\"id\":\"{id}\"", export, StringComparison.Ordinal);
        }
        Assert.Equal(5 + 4, export.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Theory]
    [InlineData("eval", "events")]
    [InlineData("train", "name-shares")]
    [InlineData("bench")]
    public void A_data_folder_that_is_not_there_is_named_without_a_stack_trace(params string[] command)
    {
        var missing = Path.Combine(folder.Path, "no-such-data");

        var result = MarsadProcess.Run(folder.Path, [.. command, "--data", missing]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"marsad: No such data folder: {missing}", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_file_that_is_not_there_is_named_without_a_stack_trace()
    {
        var missing = Path.Combine(folder.Path, "no-such-model.bin.gz");
        // A test split of one sentence, so that the command gets as far as the model without ../shared.
        folder.File("anercorp/ANERCorp_CamelLab_test.txt", "قال O\nالكاظمي B-PERS\n. O\n");

        var result = MarsadProcess.Run(folder.Path, "eval", "ner", "--model", missing, "--data", Path.Combine(folder.Path, "anercorp"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(missing, result.Error, StringComparison.Ordinal);
        Assert.StartsWith("marsad: ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Killing_an_ingest_keeps_what_was_committed_whole_and_a_rerun_finishes_without_duplicates()
    {
        var input = folder.File("many.jsonl");
        const int count = 12_000;
        WriteSyntheticArticles(input, count);
        var info = MarsadProcess.StartInfo(folder.Path, ["ingest", input]);
        using (var process = Process.Start(info)!)
        {
            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (CommittedArticles() == 0 && !process.HasExited && DateTime.UtcNow < deadline)
            {
                Thread.Sleep(20);
            }
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
            process.WaitForExit();
        }
        var committed = CommittedArticles();
        Assert.InRange(committed, 1, count);
        AssertConsistent();

        var rerun = MarsadProcess.Run(folder.Path, "ingest", input);
        Assert.Equal(0, rerun.ExitCode);
        Assert.Equal(count, CommittedArticles());
        AssertConsistent();
    }

    private long CommittedArticles()
    {
        var path = Path.Combine(folder.Path, "marsad.db");
        if (!File.Exists(path))
        {
            return 0;
        }
        try
        {
            using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=false");
            connection.Open();
            return Scalar<long>(connection, "SELECT count(*) FROM articles");
        }
        catch (SqliteException)
        {
            return 0;
        }
    }

    private void AssertConsistent()
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(folder.Path, "marsad.db")};Pooling=false");
        connection.Open();
        Assert.Equal("ok", Scalar<string>(connection, "PRAGMA integrity_check"));
        Assert.Equal(0L, Scalar<long>(connection, "SELECT count(*) FROM articles a LEFT JOIN events e ON e.id = a.event_id WHERE e.id IS NULL"));
        Assert.Equal(0L, Scalar<long>(connection, "SELECT count(*) FROM events e LEFT JOIN storylines s ON s.id = e.storyline_id WHERE s.id IS NULL"));
        Assert.Equal(Scalar<long>(connection, "SELECT count(*) FROM articles"), Scalar<long>(connection, "SELECT coalesce(sum(article_count), 0) FROM events"));
    }

    private static T Scalar<T>(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)command.ExecuteScalar()!;
    }

    /// <summary>Distinct articles on a few dozen topics over a month, so events and storylines form as they would.</summary>
    private static void WriteSyntheticArticles(string path, int count)
    {
        var places = new[] { "الرياض", "جدة", "الدمام", "أبها", "تبوك", "حائل", "نجران", "جازان", "القصيم", "الطائف" };
        var things = new[] { "مهرجان", "معرض", "مؤتمر", "ملتقى", "حفل", "اجتماع", "ندوة", "مسابقة" };
        var random = new Random(5);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        for (var i = 0; i < count; i++)
        {
            var place = places[random.Next(places.Length)];
            var thing = things[random.Next(things.Length)];
            var day = new DateTime(2015, 7, 1).AddDays(random.Next(30)).AddHours(random.Next(24));
            var text = $"{thing} {place} يختتم أعماله\\n\\nاختتم {thing} {place} أعماله اليوم بمشاركة {random.Next(50, 5000)} زائر، وقال المنظمون إن الدورة رقم {i} شهدت إقبالا كبيرا من الأهالي والزوار من مختلف المناطق.";
            writer.Write($"{{\"id\":\"syn-{i}\",\"text\":\"{text}\",\"published\":\"{day:yyyy-MM-ddTHH:mm:ss}\",\"outlet\":\"outlet-{i % 7}\"}}\n");
        }
    }

    private static void MakeZipWithCorruptEntry(string path)
    {
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            foreach (var (name, text) in new[] { ("01.txt", "الأول\n\nنص الخبر الأول " + new string('ب', 3000)), ("02.txt", "الثاني\n\nنص الخبر الثاني " + new string('ت', 3000)) })
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(text);
            }
        }
        long length;
        using (var zip = ZipFile.OpenRead(path))
        {
            length = zip.GetEntry("02.txt")!.CompressedLength;
        }
        var bytes = File.ReadAllBytes(path);
        var start = bytes.AsSpan().IndexOf("02.txt"u8) + 6;
        for (var i = start + length / 3; i < start + 2 * length / 3; i++)
        {
            bytes[i] ^= 0x5A;
        }
        File.WriteAllBytes(path, bytes);
    }
}
